package org.healthsocialtools.cli.output;

import org.healthsocialtools.cli.run.Checked;

/**
 * Counts for the closing summary line and the exit code, by the verdict that counts for the run
 * (accepted and baseline findings left out). Not thread-safe: the writer thread owns it.
 */
public final class Summary {
  private int posts;
  private int blocked;
  private int review;
  private int passed;
  private int accepted;
  private int baselined;
  private int inputErrors;

  public void add(Checked c) {
    if (c.isError()) {
      inputErrors++;
      return;
    }
    posts++;
    switch (c.verdict()) {
      case BLOCK -> blocked++;
      case REVIEW -> review++;
      case PASS -> passed++;
    }
    for (Checked.Flagged f : c.findings()) {
      if (f.suppressed()) {
        if (f.suppression().accepted()) {
          accepted++;
        } else {
          baselined++;
        }
      }
    }
  }

  public int posts() {
    return posts;
  }

  public int blocked() {
    return blocked;
  }

  public int review() {
    return review;
  }

  public int passed() {
    return passed;
  }

  public int accepted() {
    return accepted;
  }

  public int baselined() {
    return baselined;
  }

  public int inputErrors() {
    return inputErrors;
  }

  /**
   * {@code 12 posts: 2 blocked, 3 to review, 7 passed; 1 finding accepted, 4 in baseline; 1 input
   * error}.
   */
  public String line() {
    StringBuilder s = new StringBuilder();
    s.append(posts)
        .append(posts == 1 ? " post: " : " posts: ")
        .append(blocked)
        .append(" blocked, ")
        .append(review)
        .append(" to review, ")
        .append(passed)
        .append(" passed");
    if (accepted > 0 || baselined > 0) {
      s.append("; ")
          .append(accepted)
          .append(accepted == 1 ? " finding accepted, " : " findings accepted, ")
          .append(baselined)
          .append(" in baseline");
    }
    if (inputErrors > 0) {
      s.append("; ")
          .append(inputErrors)
          .append(inputErrors == 1 ? " input error" : " input errors");
    }
    return s.toString();
  }
}
