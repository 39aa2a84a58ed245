package org.healthsocialtools.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

  @Test
  void resultsComeBackInInputOrderWhileWorkRunsInParallel() throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> out = new ArrayList<>();
    Iterator<Integer> in = IntStream.range(0, 2_000).iterator();
    new OrderedPipeline<Integer, Integer>(4)
        .run(
            in,
            i -> {
              threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
              if (ThreadLocalRandom.current().nextInt(50) == 0) {
                try {
                  Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return i * 2;
            },
            out::add);
    assertThat(out).hasSize(2_000);
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i)).isEqualTo(i * 2);
    }
    assertThat(threads.size()).isGreaterThan(1);
  }

  @Test
  void readerStaysBoundedAheadOfASlowWriter() throws Exception {
    AtomicInteger read = new AtomicInteger();
    Iterator<Integer> in =
        new Iterator<>() {
          public boolean hasNext() {
            return read.get() < 100_000;
          }

          public Integer next() {
            return read.getAndIncrement();
          }
        };
    int[] maxAhead = {0};
    int[] consumed = {0};
    new OrderedPipeline<Integer, Integer>(2)
        .run(
            in,
            i -> i,
            i -> {
              consumed[0]++;
              maxAhead[0] = Math.max(maxAhead[0], read.get() - consumed[0]);
            });
    assertThat(consumed[0]).isEqualTo(100_000);
    // (threads * 2 + 2) chunks queued, one being filled, one being consumed
    assertThat(maxAhead[0]).isLessThanOrEqualTo((2 * 2 + 4) * OrderedPipeline.CHUNK);
  }

  @Test
  void anInputFailureSurfacesAfterEveryEarlierResult() {
    List<Integer> out = new ArrayList<>();
    Iterator<Integer> in =
        new Iterator<>() {
          int n;

          public boolean hasNext() {
            return true;
          }

          public Integer next() {
            if (n == 150) {
              throw new IllegalStateException("disk gone");
            }
            return n++;
          }
        };
    assertThatThrownBy(() -> new OrderedPipeline<Integer, Integer>(3).run(in, i -> i, out::add))
        .hasMessage("disk gone");
    assertThat(out).hasSize(150);
  }
}
