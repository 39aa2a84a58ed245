package org.healthsocialtools;

import java.util.List;

/**
 * Why a rule fired, in the manner of Presidio's decision process: what matched, how confident the
 * detector is, and each piece of evidence (a validator that passed, a context word that raised or
 * lowered confidence).
 *
 * @param matched what the detector matched, e.g. {@code "pattern NHS number"} or {@code "term
 *     'suffers from'"}
 * @param confidence 0..1; rules without a confidence model use 1
 * @param evidence human-readable factors, in the order they were applied
 */
public record Explanation(String matched, double confidence, List<String> evidence) {

  public Explanation {
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }

  public static Explanation of(String matched, String... evidence) {
    return new Explanation(matched, 1.0, List.of(evidence));
  }
}
