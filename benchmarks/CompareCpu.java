import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Before and after in one JVM: loads the checker of two benchmarks jars (say main's and a branch's)
 * in two class loaders, warms both up, then checks the corpus with each in turn, alternating which
 * goes first, and prints check() CPU time per post for each. Jobs that share the machine slow both
 * alike, so the ratio holds on a loaded machine where two separate runs would not compare. Run it
 * pinned to one core; a single-file program, not part of the build:
 *
 * <pre>
 * taskset -c 1 java benchmarks/CompareCpu.java BEFORE.jar AFTER.jar ../shared/corpus/dev.jsonl 60 40
 * </pre>
 *
 * (the last two: warm-up passes over the corpus per checker, measured passes per checker).
 */
public final class CompareCpu {

  private record Checker(String jar, Object checker, List<?> posts, Method check, ClassLoader cl) {}

  private static Checker load(String jar, String corpus) throws Exception {
    URLClassLoader cl =
        new URLClassLoader(
            new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(cl);
    Class<?> cc = cl.loadClass("org.healthsocialtools.ComplianceChecker");
    Object builder = cc.getMethod("builder").invoke(null);
    Object checker = builder.getClass().getMethod("build").invoke(builder);
    Method load =
        cl.loadClass("org.healthsocialtools.bench.Corpus").getDeclaredMethod("load", String.class);
    load.setAccessible(true);
    List<?> posts = (List<?>) load.invoke(null, corpus);
    Method check = cc.getMethod("check", cl.loadClass("org.healthsocialtools.Post"));
    return new Checker(jar, checker, posts, check, cl);
  }

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Checker[] c = {load(args[0], args[2]), load(args[1], args[2])};
    int warm = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    for (int w = 0; w < warm; w++) {
      for (Checker k : c) {
        Thread.currentThread().setContextClassLoader(k.cl());
        for (Object p : k.posts()) {
          k.check().invoke(k.checker(), p);
        }
      }
    }
    int n = c[0].posts().size();
    long[][] per = new long[2][rounds * n];
    long[][] round = new long[2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < 2; j++) {
        int v = r % 2 == 0 ? j : 1 - j;
        Checker k = c[v];
        Thread.currentThread().setContextClassLoader(k.cl());
        long r0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          long c0 = mx.getCurrentThreadCpuTime();
          k.check().invoke(k.checker(), k.posts().get(i));
          per[v][r * n + i] = mx.getCurrentThreadCpuTime() - c0;
        }
        round[v][r] = mx.getCurrentThreadCpuTime() - r0;
      }
    }
    System.out.printf(Locale.ROOT, "load average %s%n", loadAverage());
    for (int v = 0; v < 2; v++) {
      long[] x = per[v].clone();
      Arrays.sort(x);
      long[] t = round[v].clone();
      Arrays.sort(t);
      System.out.printf(
          Locale.ROOT,
          "%s: CPU per post p50 %.1f  p90 %.1f  p99 %.1f  mean %.1f us;"
              + " mean per pass min %.1f  median %.1f  max %.1f us%n",
          c[v].jar(),
          x[x.length / 2] / 1e3,
          x[(int) (x.length * 0.9)] / 1e3,
          x[(int) (x.length * 0.99)] / 1e3,
          Arrays.stream(x).average().orElse(0) / 1e3,
          t[0] / 1e3 / n,
          t[t.length / 2] / 1e3 / n,
          t[t.length - 1] / 1e3 / n);
    }
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
