package org.healthsocialtools.internal.kinds;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.GatedPattern;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.Validators;

/**
 * The {@code pattern} kind: an RE2 regular expression (linear time, no catastrophic backtracking)
 * over the normalised text, with an optional named validator from {@link Validators} ({@code
 * mod11}, {@code luhn}, {@code iban}, {@code dea} ...) and optional context words. With context
 * words, a match that has none of them within {@code window} characters is reported at {@code
 * severityWithoutContext} (or dropped when that is absent). Cheap prefilters keep the regex off
 * posts it cannot match, since an unanchored RE2 scan of every post costs far more: with {@code
 * requires}, it runs only on posts whose lower-cased text contains one of those literals; with
 * {@code minDigits}, a post holding fewer ASCII digits (after normalisation) is skipped; and
 * punctuation that every match must contain (the {@code @} of an e-mail address) is found in the
 * expression itself and prefilters the same way. The digit and punctuation gates and the scan are
 * {@link GatedPattern}'s, shared with the Java recognisers.
 */
public final class PatternRule implements Rule {

  /** What a pattern rule says. */
  public record Spec(
      String pattern,
      boolean ignoreCase,
      int group,
      String validator,
      List<String> context,
      int window,
      Severity severityWithoutContext,
      String exceptPattern,
      List<String> requires,
      int minDigits) {}

  private static final AnalyzedPost.Key<String> LOWER = new AnalyzedPost.Key<>("lower-case-text");

  private final RuleInfo info;
  private final Spec spec;
  private final GatedPattern candidates;
  private final Pattern except;
  private final Validators.Validator validator;
  private final List<String> context;

  /**
   * True when a match without a context word nearby is dropped and every context word is ASCII:
   * then a post whose lower-cased text holds none of them cannot produce a finding, and the scan is
   * skipped. (ASCII words make this exact: lower-casing is per character for them, so a window's
   * lower-cased text is part of the whole post's.)
   */
  private final boolean contextRequired;

  public RuleInfo info() {
    return info;
  }

  /**
   * @throws IllegalArgumentException if the pattern does not compile or the validator is unknown
   */
  public PatternRule(RuleInfo info, Spec spec) {
    this.info = info;
    this.spec = spec;
    int flags = spec.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0;
    this.candidates =
        GatedPattern.of(spec.pattern(), spec.ignoreCase(), spec.group(), spec.minDigits());
    try {
      this.except =
          spec.exceptPattern() == null ? null : Pattern.compile(spec.exceptPattern(), flags);
    } catch (com.google.re2j.PatternSyntaxException e) {
      throw new IllegalArgumentException("except pattern does not compile: " + e.getMessage(), e);
    }
    this.validator = spec.validator() == null ? null : Validators.get(spec.validator());
    if (spec.validator() != null && validator == null) {
      throw new IllegalArgumentException(
          "unknown validator '"
              + spec.validator()
              + "' (known: "
              + String.join(", ", Validators.names())
              + ")");
    }
    List<String> ctx = new ArrayList<>();
    for (String c : spec.context()) {
      ctx.add(c.toLowerCase(Locale.ROOT));
    }
    this.context = List.copyOf(ctx);
    this.contextRequired =
        !context.isEmpty()
            && spec.severityWithoutContext() == null
            && context.stream().allMatch(c -> c.chars().allMatch(ch -> ch < 128));
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (!candidates.admits(text)) {
      return; // cheap gates: too few digits, or punctuation every match needs is missing
    }
    if (!spec.requires().isEmpty()) {
      String lower = post.shared(LOWER, p -> p.text().toLowerCase(Locale.ROOT));
      if (!containsAny(lower, spec.requires())) {
        return;
      }
    }
    if (contextRequired) {
      String lower = post.shared(LOWER, p -> p.text().toLowerCase(Locale.ROOT));
      if (!containsAny(lower, context)) {
        return; // no context word anywhere, so no match could be kept
      }
    }
    candidates.scan(
        text,
        (s, e) -> {
          consider(text, sink, s, e);
          return e;
        });
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private void consider(String text, FindingSink sink, int s, int e) {
    String covered = text.substring(s, e);
    if (except != null && except.matcher(covered).find()) {
      return;
    }
    List<String> evidence = new ArrayList<>(2);
    if (validator != null) {
      if (!validator.test(covered)) {
        return;
      }
      evidence.add("validator " + spec.validator() + " passed");
    }
    Severity severity = null;
    double confidence = 1.0;
    if (!context.isEmpty()) {
      String word = contextNear(text, s, e);
      if (word != null) {
        evidence.add("context word '" + word + "' nearby");
      } else if (spec.severityWithoutContext() != null) {
        severity = spec.severityWithoutContext();
        confidence = 0.5;
        evidence.add("no context word nearby: lower confidence");
      } else {
        return;
      }
    }
    sink.report(
        s,
        e,
        severity,
        null,
        info.suggestion(),
        new Explanation("pattern /" + spec.pattern() + "/", confidence, evidence));
  }

  private String contextNear(String text, int s, int e) {
    int from = Math.max(0, s - spec.window());
    int to = Math.min(text.length(), e + spec.window());
    String around = text.substring(from, to).toLowerCase(Locale.ROOT);
    for (String c : context) {
      int i = around.indexOf(c);
      while (i >= 0) {
        boolean startOk = i == 0 || !Character.isLetterOrDigit(around.charAt(i - 1));
        int end = i + c.length();
        boolean endOk = end >= around.length() || !Character.isLetterOrDigit(around.charAt(end));
        if (startOk && endOk) {
          return c;
        }
        i = around.indexOf(c, i + 1);
      }
    }
    return null;
  }
}
