package org.healthsocialtools.cli.run;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error, redrawn at most five times a second: posts checked,
 * rate and, when the input size is known, the share read. Shown only when standard error is a
 * terminal and no CI system is detected, so CI logs never fill with carriage returns.
 */
public final class Progress {

  /**
   * Variables set by common CI systems (GitHub Actions, GitLab, Jenkins, Azure, Buildkite,
   * CircleCI, Travis).
   */
  private static final String[] CI_VARS = {
    "CI",
    "GITHUB_ACTIONS",
    "GITLAB_CI",
    "JENKINS_URL",
    "BUILD_NUMBER",
    "TF_BUILD",
    "BUILDKITE",
    "CIRCLECI",
    "TRAVIS",
    "TEAMCITY_VERSION"
  };

  private final PrintStream err;
  private final long totalBytes;
  private final AtomicLong bytesRead;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long count;
  private boolean drawn;

  private Progress(PrintStream err, long totalBytes, AtomicLong bytesRead) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
  }

  /** A progress bar, or {@code null} when standard error is not a terminal or this is a CI run. */
  public static Progress startIfTerminal(PrintStream err, long totalBytes, AtomicLong bytesRead) {
    return wanted(System.getenv()) && stderrIsTerminal()
        ? new Progress(err, totalBytes, bytesRead)
        : null;
  }

  /** A progress bar whatever standard error is ({@code --progress}). */
  public static Progress start(PrintStream err, long totalBytes, AtomicLong bytesRead) {
    return new Progress(err, totalBytes, bytesRead);
  }

  static boolean wanted(Map<String, String> env) {
    for (String v : CI_VARS) {
      String s = env.get(v);
      if (s != null && !s.isEmpty() && !s.equalsIgnoreCase("false")) {
        return false;
      }
    }
    return !"dumb".equals(env.get("TERM"));
  }

  /**
   * True when file descriptor 2 is a terminal. Java has no isatty; on Linux /proc tells, elsewhere
   * a console (both standard input and output on a terminal) is taken as the sign.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // fall through
    }
    return System.console() != null;
  }

  /** Counts one item; redraws when due. Called from the writer thread only. */
  public void tick() {
    count++;
    long now = System.nanoTime();
    if (now - lastDraw > 200_000_000L) {
      lastDraw = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double secs = Math.max(1e-3, (now - startNanos) / 1e9);
    String pct =
        totalBytes > 0
            ? String.format(
                Locale.ROOT, " %3d%%", Math.min(100, bytesRead.get() * 100 / totalBytes))
            : "";
    err.print(
        String.format(
            Locale.ROOT, "\r\u001B[2K%s%,d posts checked (%,.0f/s)", pct, count, count / secs));
    err.flush();
    drawn = true;
  }

  /** Clears the line so the summary starts clean. */
  public void finish() {
    if (drawn) {
      err.print("\r\u001B[2K");
      err.flush();
    }
  }
}
