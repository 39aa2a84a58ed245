package org.healthsocialtools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Policy;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.internal.kinds.IndexedRule;
import org.healthsocialtools.internal.match.TermIndex;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * The immutable heart of a checker: the rules in run order, the shared term index, the analyzer and
 * the policy.
 */
public final class CheckEngine implements AutoCloseable {

  /**
   * The rules as given, which {@link #close()} closes (compiled term rules are wrappers that hold
   * nothing).
   */
  private final List<Rule> given;

  private final AtomicBoolean closed = new AtomicBoolean();
  private final List<Rule> detectors;
  private final List<Rule> combiners;

  /**
   * The detectors that read the post's platform: re-run per platform by {@link #check(Post, List)}.
   */
  private final List<Rule> platformDetectors;

  private final TermIndex index;
  private final PostAnalyzer analyzer;
  private final Policy policy;

  /** Per language, per region, which rules apply (see {@link #applying}). */
  private final ConcurrentHashMap<String, Map<String, Applying>> applying =
      new ConcurrentHashMap<>();

  /** How many pairs {@link #applying} has tried to keep. */
  private final AtomicInteger cached = new AtomicInteger();

  private static final int MAX_LOCALES = 64;

  public CheckEngine(List<Rule> rules, Policy policy, String houseLocale) {
    TermIndex.Builder b = TermIndex.builder();
    AtomicReference<TermIndex> built = new AtomicReference<>();
    List<Rule> d = new ArrayList<>();
    List<Rule> c = new ArrayList<>();
    for (Rule r : rules) {
      Rule runnable = r instanceof IndexedRule ir ? ir.compile(b, built::get) : r;
      (r.combinesFindings() ? c : d).add(runnable);
    }
    this.given = List.copyOf(rules);
    this.index = b.build();
    built.set(index);
    this.detectors = List.copyOf(d);
    this.combiners = List.copyOf(c);
    this.platformDetectors = detectors.stream().filter(Rule::readsPlatform).toList();
    this.policy = policy;
    this.analyzer = new PostAnalyzer(houseLocale);
  }

  public Report check(Post post) {
    return check(post, List.of());
  }

  /**
   * Checks a post that names no platform against each of {@code platforms}: the text is analysed
   * once, every rule runs once, and the rules that read the platform run again for each platform,
   * in the order given. A post that names its platform, or an empty list, is checked for its own
   * platform (or none) alone.
   */
  public Report check(Post post, List<Platform> platforms) {
    if (closed.get()) {
      throw new IllegalStateException("the checker is closed");
    }
    AnalyzedPost a = analyzer.analyze(post);
    FindingCollector out = new FindingCollector(a, policy);
    Applying applies = applying(a.language(), a.region());
    run(detectors, applies.detectors(), a, out);
    if (post.platform() == null && !platforms.isEmpty()) {
      for (Platform p : platforms) {
        AnalyzedPost forP = a.forPlatform(p);
        out.switchPost(forP);
        run(platformDetectors, applies.platform(), forP, out);
      }
      out.switchPost(a);
    }
    out.addRepeats();
    run(combiners, applies.combiners(), a, out);
    var findings = out.sorted();
    return new Report(policy.verdict(findings), findings, a.language());
  }

  private static void run(
      List<Rule> rules, boolean[] applying, AnalyzedPost a, FindingCollector out) {
    for (int i = 0; i < rules.size(); i++) {
      Rule r = rules.get(i);
      if (!applying[i]) {
        continue;
      }
      out.startRule(r);
      try {
        r.check(a, out);
      } catch (RuntimeException e) {
        // Never put post text in the message: it may be logged.
        throw new IllegalStateException(
            "rule " + r.info().id() + " failed: " + e.getClass().getSimpleName(), e);
      }
    }
  }

  /**
   * Which detectors, combiners and platform detectors apply to a language and region, worked out
   * once per pair rather than per rule and post. At most {@link #MAX_LOCALES} pairs are kept, so
   * posts in ever new locales cannot grow the cache without bound.
   */
  private Applying applying(String language, String region) {
    Map<String, Applying> byRegion = applying.get(language);
    Applying flags = byRegion == null ? null : byRegion.get(region);
    if (flags == null) {
      flags =
          new Applying(
              flags(detectors, language, region),
              flags(combiners, language, region),
              flags(platformDetectors, language, region));
      if (cached.incrementAndGet() <= MAX_LOCALES) {
        applying.computeIfAbsent(language, k -> new ConcurrentHashMap<>()).put(region, flags);
      }
    }
    return flags;
  }

  private static boolean[] flags(List<Rule> rules, String language, String region) {
    boolean[] out = new boolean[rules.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = applies(rules.get(i).info(), language, region);
    }
    return out;
  }

  /** Per rule list, whether each rule applies to one language and region. */
  private record Applying(boolean[] detectors, boolean[] combiners, boolean[] platform) {}

  /**
   * {@link RuleInfo#appliesTo} without its allocation (it cuts and case-folds the locale on every
   * call, and runs for every rule on every post): the same answer for the language and region codes
   * an analysis gives, which are already lower-case and upper-case ASCII.
   */
  static boolean applies(RuleInfo info, String postLanguage, String postRegion) {
    String locale = info.locale();
    int dash = locale.indexOf('-');
    int langEnd = dash < 0 ? locale.length() : dash;
    boolean any = langEnd == 3 && locale.regionMatches(true, 0, "any", 0, 3);
    if (!any
        && !(langEnd == postLanguage.length()
            && locale.regionMatches(true, 0, postLanguage, 0, langEnd))) {
      return false;
    }
    int regionLength = dash < 0 ? 0 : locale.length() - dash - 1;
    return regionLength == 0
        || postRegion.isEmpty()
        || regionLength == postRegion.length()
            && locale.regionMatches(true, dash + 1, postRegion, 0, regionLength);
  }

  /**
   * Closes every rule once (later calls do nothing). A rule that fails to close does not stop the
   * others; the first failure is thrown afterwards, with the rest suppressed.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    RuntimeException first = null;
    for (Rule r : given) {
      try {
        r.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = new IllegalStateException("rule " + r.info().id() + " failed to close", e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    index.close();
    if (first != null) {
      throw first;
    }
  }
}
