package org.healthsocialtools.web.check;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.healthsocialtools.ComplianceChecker;

/**
 * Builds the standard checker on a background thread while Spring starts, so that startup takes the longer of
 * the two rather than their sum. {@code main} starts it for the default locale; {@link Checkers} takes it if its
 * configured locale is the same, and otherwise builds its own (the early one is then closed).
 */
public final class EarlyChecker {

  private static final AtomicReference<CompletableFuture<ComplianceChecker>> EARLY = new AtomicReference<>();
  private static volatile String earlyLocale;

  private EarlyChecker() {}

  public static void start(String locale) {
    CompletableFuture<ComplianceChecker> f = new CompletableFuture<>();
    earlyLocale = locale;
    if (!EARLY.compareAndSet(null, f)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        f.complete(ComplianceChecker.builder().locale(locale).build());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "hst-early-checker");
    t.setDaemon(true);
    t.start();
  }

  /** The early checker if one was started for {@code locale}, else {@code null}; closes one built for another. */
  static ComplianceChecker take(String locale) {
    CompletableFuture<ComplianceChecker> f = EARLY.getAndSet(null);
    if (f == null) {
      return null;
    }
    ComplianceChecker c = f.join();
    if (locale.equals(earlyLocale)) {
      return c;
    }
    c.close();
    return null;
  }
}
