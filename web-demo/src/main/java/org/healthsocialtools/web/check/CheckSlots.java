package org.healthsocialtools.web.check;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.healthsocialtools.web.WebDemoProperties;
import org.springframework.stereotype.Component;

/**
 * Bounds the checking work in flight: at most {@code hst.web.max-concurrent-checks} requests check
 * drafts at once (twice the processors by default; checking is CPU-bound, so more would only share
 * the processors more thinly). A request that finds no free slot within {@code hst.web.check-wait}
 * (2 s) is refused with {@link Busy} (503 with {@code Retry-After}) rather than queued without
 * bound. A slot is taken after the request body has arrived, so slow clients never hold one.
 */
@Component
public class CheckSlots {

  private final Semaphore slots;
  private final int size;
  private final long waitNanos;

  public CheckSlots(WebDemoProperties props) {
    this.size = props.concurrentChecks();
    this.slots = new Semaphore(size, true);
    this.waitNanos = props.checkWait().toNanos();
  }

  /** Runs {@code work} in a slot. @throws Busy if no slot frees up in time */
  public <T> T run(Supplier<T> work) {
    try {
      if (!slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
        throw new Busy(size);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy(size);
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }

  /** Every check slot stayed busy for the whole wait. The message is safe to show and log. */
  public static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Seconds a client should wait before trying again: checks take milliseconds. */
    public static final int RETRY_AFTER_SECONDS = 1;

    Busy(int slots) {
      super("all " + slots + " check slots are busy; try again in a second", null, false, false);
    }
  }
}
