package org.healthsocialtools.web.page;

import java.util.List;

/**
 * Example drafts to try. All details are invented: the NHS number is from the 9xx test range, the
 * phone number an Ofcom drama number, the e-mail a documentation domain.
 */
final class Examples {

  /**
   * @param inReplyTo the comment the draft answers, or empty
   */
  record Draft(String title, String platform, String text, String inReplyTo) {

    Draft(String title, String platform, String text) {
      this(title, platform, text, "");
    }
  }

  static final List<Draft> ALL =
      List.of(
          new Draft(
              "A thank-you that names a patient",
              "facebook",
              "Huge thanks to the team on Ward 14 who looked after Margaret Ellis (NHS no. 943 476 5919) after her "
                  + "fall. She's home now! Her daughter says call her on 07700 900123 or email "
                  + "margaret.ellis@example.com to send cards."),
          new Draft(
              "Stigmatising words and a health claim",
              "x",
              "1 in 10 adults in our area suffers from diabetes. Our new programme cures type 2 diabetes in 8 weeks, "
                  + "100% guaranteed, with no side effects!"),
          new Draft(
              "A clinic announcement",
              "x",
              "Our walk-in flu vaccine clinic is open this Saturday, 9am to 1pm, at Kingsway Health Centre. "
                  + "No appointment needed. #FluVaccine"),
          new Draft(
              "Shouting and too many hashtags",
              "instagram",
              "FREE HEALTH CHECKS ALL WEEK!!! Come along 😀😀😀 #healthcheck #heartdisease #bloodpressure #nhs "
                  + "#community #wellbeing #free #checkup #health #localnews #wednesday #diabetes"),
          new Draft(
              "A reply to a review that confirms a patient",
              "facebook",
              "Thank you for your review. We're sorry your wait in our A&E on Tuesday was so long, and we hope "
                  + "your knee is feeling better.",
              "Four hours in A&E on Tuesday with my knee and nobody told me anything. Not impressed."));

  private Examples() {}

  /** The example numbered {@code n} from 1, or {@code null}. */
  static Draft get(Integer n) {
    return n == null || n < 1 || n > ALL.size() ? null : ALL.get(n - 1);
  }
}
