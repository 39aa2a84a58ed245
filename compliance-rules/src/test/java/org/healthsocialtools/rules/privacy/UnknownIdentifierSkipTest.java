package org.healthsocialtools.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where the unknown-identifier scan resumes: just before the next run of candidate characters
 * holding three digits, or where it stands when it is already inside one. Texts written for this
 * test.
 */
class UnknownIdentifierSkipTest {

  @Test
  void resumesJustBeforeTheNextRunWithThreeDigits() {
    String text = "Ward 12 said hi, code TR 449812 today";
    // "Ward 12" holds two digits; "TR 449812" is one run (the space follows a capital)
    assertThat(UnknownIdentifierRule.nextWorthScanning(text, 0)).isEqualTo(text.indexOf("TR") - 1);
  }

  @Test
  void staysWhereItIsInsideARunWithThreeDigits() {
    String text = "ref AB-123/45 here";
    assertThat(UnknownIdentifierRule.nextWorthScanning(text, 4)).isEqualTo(4);
  }

  @Test
  void endsTheScanWhenNoRunHoldsThreeDigits() {
    String text = "Room 1, bay 2 and bed 34, see you at 9";
    assertThat(UnknownIdentifierRule.nextWorthScanning(text, 0)).isEqualTo(text.length());
  }

  @Test
  void aSpaceAfterALowerCaseLetterEndsARun() {
    String text = "abc 1 2 3 x";
    // each digit stands alone between spaces that follow no capital: no run holds three
    assertThat(UnknownIdentifierRule.nextWorthScanning(text, 0)).isEqualTo(text.length());
  }
}
