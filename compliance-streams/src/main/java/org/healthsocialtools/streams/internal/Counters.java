package org.healthsocialtools.streams.internal;

import java.util.concurrent.atomic.LongAdder;
import org.healthsocialtools.Verdict;
import org.healthsocialtools.streams.GateCounts;

/**
 * Outcome counters shared by every stream thread of one instance; cheap to bump from many threads.
 */
public final class Counters implements CountersMBean {
  private final LongAdder pass = new LongAdder();
  private final LongAdder review = new LongAdder();
  private final LongAdder block = new LongAdder();
  private final LongAdder deadLetter = new LongAdder();

  void verdict(Verdict v) {
    switch (v) {
      case PASS -> pass.increment();
      case REVIEW -> review.increment();
      case BLOCK -> block.increment();
    }
  }

  void deadLetter() {
    deadLetter.increment();
  }

  public GateCounts snapshot() {
    return new GateCounts(pass.sum(), review.sum(), block.sum(), deadLetter.sum());
  }

  @Override
  public long getPass() {
    return pass.sum();
  }

  @Override
  public long getReview() {
    return review.sum();
  }

  @Override
  public long getBlock() {
    return block.sum();
  }

  @Override
  public long getDeadLetter() {
    return deadLetter.sum();
  }
}
