package org.healthsocialtools.cli.output;

import org.healthsocialtools.Report;

/** Counts for the closing summary line and the exit code. Not thread-safe: the writer thread owns it. */
public final class Summary {
  private int posts;
  private int blocked;
  private int review;
  private int passed;
  private int inputErrors;

  public void add(Report r) {
    posts++;
    switch (r.verdict()) {
      case BLOCK -> blocked++;
      case REVIEW -> review++;
      case PASS -> passed++;
    }
  }

  public void inputError() {
    inputErrors++;
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

  public int inputErrors() {
    return inputErrors;
  }

  /** {@code 12 posts: 2 blocked, 3 to review, 7 passed; 1 input error}. */
  public String line() {
    String s = posts + (posts == 1 ? " post: " : " posts: ") + blocked + " blocked, " + review + " to review, "
        + passed + " passed";
    return inputErrors == 0 ? s : s + "; " + inputErrors + (inputErrors == 1 ? " input error" : " input errors");
  }
}
