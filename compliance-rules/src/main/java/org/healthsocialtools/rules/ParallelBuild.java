package org.healthsocialtools.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the independent steps of building the bundled rules (parsing each pack, constructing each
 * Java rule with its lexicons and models) on the available cores, and returns their results in the
 * order of the steps, so the rule order never depends on timing. Building is most of a one-post CLI
 * run and of the web demo's start; on two cores running the steps side by side roughly halves its
 * wall time. The threads live only while {@link #run} runs. A step's exception reaches the caller
 * unchanged (the first failing step in step order), as if the steps had run one by one.
 */
final class ParallelBuild {

  private ParallelBuild() {}

  static <T> List<T> run(List<Callable<T>> steps) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), steps.size());
    if (threads <= 1) {
      List<T> out = new ArrayList<>(steps.size());
      for (Callable<T> s : steps) {
        out.add(call(s));
      }
      return out;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "hst-rule-build-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<T>> futures = new ArrayList<>(steps.size());
      for (Callable<T> s : steps) {
        futures.add(pool.submit(() -> call(s)));
      }
      List<T> out = new ArrayList<>(steps.size());
      for (Future<T> f : futures) {
        out.add(result(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> step) {
    try {
      return step.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("building the bundled rules failed", e);
    }
  }

  private static <T> T result(Future<T> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("building the bundled rules failed", c);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
