package org.healthsocialtools.cli.run;

import java.util.List;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Report;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Verdict;
import org.healthsocialtools.cli.input.InputItem;

/**
 * One input item after checking: the checker's report unchanged, each finding with its fingerprint
 * and whether it is accepted or in the baseline, and the verdict that counts for the run (from the
 * findings that are neither). For an input error, {@code report} is {@code null}.
 *
 * @param item where it came from
 * @param report the checker's report, or {@code null} for an input error
 * @param findings the report's findings, in order, with fingerprints and suppressions
 * @param verdict the verdict of the unsuppressed findings; {@code null} for an input error
 */
public record Checked(InputItem item, Report report, List<Flagged> findings, Verdict verdict) {

  /**
   * A finding with what the run knows about it.
   *
   * @param finding the finding
   * @param fingerprint stable across runs and line moves: see {@link Fingerprints}
   * @param suppression why it does not count, or {@code null} when it counts
   */
  public record Flagged(Finding finding, String fingerprint, Suppression suppression) {
    public boolean suppressed() {
      return suppression != null;
    }
  }

  /**
   * Why a finding does not count.
   *
   * @param accepted true for an {@code accept:} entry of the project file, false for a baseline
   *     entry
   * @param reason the entry's reason (for the baseline: {@code in baseline})
   */
  public record Suppression(boolean accepted, String reason) {}

  public static Checked inputError(InputItem item) {
    return new Checked(item, null, List.of(), null);
  }

  public boolean isError() {
    return report == null;
  }

  /** True when an unsuppressed finding is at least {@code threshold} ({@code null}: never). */
  public boolean failsAt(Severity threshold) {
    return threshold != null && findings.stream().anyMatch(f -> counts(f, threshold));
  }

  /** True when {@code f} is unsuppressed and at least {@code threshold} ({@code null}: never). */
  public static boolean counts(Flagged f, Severity threshold) {
    return threshold != null && !f.suppressed() && f.finding().severity().atLeast(threshold);
  }
}
