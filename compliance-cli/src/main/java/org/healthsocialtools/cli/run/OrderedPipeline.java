package org.healthsocialtools.cli.run;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks a stream of items on several threads and hands the results back in input order, in
 * constant memory. A reader thread cuts the input into chunks and submits each to the pool; the
 * chunk's future goes into a bounded queue, so the reader waits when the writer falls behind; the
 * calling thread takes the futures in order and consumes their results. At most {@code (threads * 2
 * + 2) * CHUNK} items are in memory at once, whatever the input size. A failure of the input (an
 * exception of the iterator) is rethrown in order, after every earlier result.
 */
public final class OrderedPipeline<I, O> {

  /**
   * Items per task: big enough to make the hand-over cheap, small enough to keep every core busy.
   */
  static final int CHUNK = 64;

  /** Consumes results on the calling thread. */
  @FunctionalInterface
  public interface Sink<O> {
    void accept(O result) throws Exception;
  }

  private final int threads;

  public OrderedPipeline(int threads) {
    this.threads = Math.max(1, threads);
  }

  /**
   * Runs {@code work} over {@code input}, calling {@code sink} with each result in input order.
   *
   * @throws Exception the first exception of the input, of {@code work} or of {@code sink}
   */
  public void run(Iterator<I> input, Function<I, O> work, Sink<O> sink) throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "hst-check");
              t.setDaemon(true);
              return t;
            });
    BlockingQueue<Future<List<O>>> queue = new ArrayBlockingQueue<>(threads * 2 + 2);
    Thread reader = new Thread(() -> read(input, work, pool, queue), "hst-read");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Future<List<O>> f = queue.take();
        List<O> results;
        try {
          results = f.get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception ex ? ex : e;
        }
        if (results == null) {
          return; // end of input
        }
        for (O o : results) {
          sink.accept(o);
        }
      }
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  private void read(
      Iterator<I> input,
      Function<I, O> work,
      ExecutorService pool,
      BlockingQueue<Future<List<O>>> queue) {
    try {
      while (true) {
        List<I> chunk = new ArrayList<>(CHUNK);
        RuntimeException failure = null;
        try {
          while (chunk.size() < CHUNK && input.hasNext()) {
            chunk.add(input.next());
          }
        } catch (RuntimeException e) {
          failure = e;
        }
        if (!chunk.isEmpty()) {
          queue.put(
              pool.submit(
                  () -> {
                    List<O> out = new ArrayList<>(chunk.size());
                    for (I i : chunk) {
                      out.add(work.apply(i));
                    }
                    return out;
                  }));
        }
        if (failure != null) {
          queue.put(CompletableFuture.failedFuture(failure));
          return;
        }
        if (chunk.size() < CHUNK) {
          queue.put(CompletableFuture.completedFuture(null));
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the consumer stopped: nothing more to do
    }
  }
}
