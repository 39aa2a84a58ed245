package org.healthsocialtools.streams;

import java.nio.charset.StandardCharsets;

/** Test drafts, written for these tests (test-range NHS number, Ofcom drama phone numbers). */
final class Drafts {
  static final String PASS_TEXT =
      "Our flu vaccination clinic is open on Saturday from 9am to 1pm at the main entrance. No appointment needed.";
  static final String REVIEW_TEXT =
      "Our diabetes team supports people who suffer from diabetes to plan their meals.";
  static final String BLOCK_TEXT =
      "Her NHS number is 943 476 5919, please call her daughter on 07700 900123.";

  private Drafts() {}

  static String json(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"platform\":\"x\"}";
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String string(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
