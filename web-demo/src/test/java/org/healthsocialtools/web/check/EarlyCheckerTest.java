package org.healthsocialtools.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsocialtools.ComplianceChecker;
import org.junit.jupiter.api.Test;

/** A second start for another house style neither relabels nor replaces the first build. */
class EarlyCheckerTest {

  @Test
  void aSecondStartCannotRelabelTheFirstBuild() {
    EarlyChecker.take("none"); // whatever an earlier test left
    EarlyChecker.start("en-GB");
    EarlyChecker.start("en-US");
    assertThat(EarlyChecker.take("en-US"))
        .as("the build is for en-GB, not the second start's en-US")
        .isNull();
    assertThat(EarlyChecker.take("en-GB")).as("taken (and closed) by the first take").isNull();
    EarlyChecker.start("en-GB");
    EarlyChecker.start("en-US");
    try (ComplianceChecker c = EarlyChecker.take("en-GB")) {
      assertThat(c).as("the first start's build, for its own locale").isNotNull();
      assertThat(c.check("Colour and organise the centre").findings()).isNotNull();
    }
  }
}
