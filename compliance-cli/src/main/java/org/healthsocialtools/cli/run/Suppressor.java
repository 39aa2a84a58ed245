package org.healthsocialtools.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.healthsocialtools.Finding;
import org.healthsocialtools.cli.config.HstConfig.Accept;
import org.healthsocialtools.cli.input.InputItem;

/**
 * Decides which findings do not count: those accepted on purpose in the project file, then those
 * already in the baseline. Thread-safe: the worker threads share one. Remembers which accept
 * entries matched, so stale entries can be reported.
 */
public final class Suppressor {

  private final List<Accept> accept;
  private final List<String> acceptText;
  private final Set<String> baseline;
  private final AtomicIntegerArray used;

  public Suppressor(List<Accept> accept, Set<String> baseline) {
    this.accept = List.copyOf(accept);
    this.acceptText =
        accept.stream()
            .map(a -> a.text() == null ? null : Fingerprints.normalise(a.text()))
            .toList();
    this.baseline = Set.copyOf(baseline);
    this.used = new AtomicIntegerArray(accept.size());
  }

  public static Suppressor none() {
    return new Suppressor(List.of(), Set.of());
  }

  public Checked.Suppression of(InputItem item, Finding f, String fingerprint) {
    for (int i = 0; i < accept.size(); i++) {
      Accept a = accept.get(i);
      boolean match =
          a.fingerprint() != null
              ? a.fingerprint().equals(fingerprint) || fingerprint.startsWith(a.fingerprint() + ":")
              : a.rule().equals(f.ruleId())
                  && (acceptText.get(i) == null
                      || acceptText.get(i).equals(Fingerprints.normalise(f.text())))
                  && (a.post() == null || a.post().equals(item.id()));
      if (match) {
        used.incrementAndGet(i);
        return new Checked.Suppression(true, a.reason());
      }
    }
    return baseline.contains(fingerprint) ? new Checked.Suppression(false, "in baseline") : null;
  }

  /** 1-based positions of accept entries that matched no finding in this run. */
  public List<Integer> unusedAccepts() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < accept.size(); i++) {
      if (used.get(i) == 0) {
        out.add(i + 1);
      }
    }
    return out;
  }
}
