package org.healthsocialtools.web.check;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.healthsocialtools.ComplianceChecker;

/**
 * Builds the standard checker on a background thread while Spring starts, so that startup takes the
 * longer of the two rather than their sum. {@code main} starts it for the default locale; {@link
 * Checkers} takes it if its configured locale is the same, and otherwise builds its own (the early
 * one is then closed). The locale travels with the build in one atomically published value, so a
 * second {@link #start} can never relabel the first build: it is ignored.
 */
public final class EarlyChecker {

  /** A checker being built for {@code locale}. */
  private record Early(String locale, CompletableFuture<ComplianceChecker> checker) {}

  private static final AtomicReference<Early> EARLY = new AtomicReference<>();

  private EarlyChecker() {}

  /**
   * Starts building the checker for {@code locale}, unless a build was already started and not yet
   * taken.
   */
  public static void start(String locale) {
    Early e = new Early(locale, new CompletableFuture<>());
    if (!EARLY.compareAndSet(null, e)) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                e.checker().complete(ComplianceChecker.builder().locale(locale).build());
              } catch (Throwable ex) {
                e.checker().completeExceptionally(ex);
              }
            },
            "hst-early-checker");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The early checker if one was started for {@code locale}, else {@code null}; closes one built
   * for another.
   */
  static ComplianceChecker take(String locale) {
    Early e = EARLY.getAndSet(null);
    if (e == null) {
      return null;
    }
    ComplianceChecker c = e.checker().join();
    if (locale.equals(e.locale())) {
      return c;
    }
    c.close();
    return null;
  }
}
