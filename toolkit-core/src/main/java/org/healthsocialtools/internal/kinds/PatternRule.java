package org.healthsocialtools.internal.kinds;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.Checksums;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * The {@code pattern} kind: an RE2 regular expression (linear time, no catastrophic backtracking) over the
 * normalised text, with an optional named validator ({@code mod11}, {@code luhn}, {@code npi}) and optional
 * context words. With context words, a match that has none of them within {@code window} characters is reported
 * at {@code severityWithoutContext} (or dropped when that is absent). Cheap prefilters keep the regex off posts
 * it cannot match, since an unanchored RE2 scan of every post costs far more: with {@code requires}, it runs only on
 * posts whose lower-cased text contains one of those literals; with {@code minDigits}, a post holding fewer ASCII
 * digits (after normalisation) is skipped; and punctuation that every match must contain (the {@code @} of an
 * e-mail address) is found in the expression itself and prefilters the same way ({@link RequiredChars}).
 */
public final class PatternRule implements Rule {

  /** Named validators a pattern rule can use. */
  public static final Map<String, Predicate<CharSequence>> VALIDATORS = Map.of(
      "mod11", Checksums::mod11,
      "luhn", Checksums::luhn,
      "npi", Checksums::npi,
      "not-repdigit", s -> !Checksums.repdigit(s));

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
  private final Pattern pattern;
  private final Pattern except;
  private final Predicate<CharSequence> validator;
  private final List<String> context;
  private final String required;

  public RuleInfo info() {
    return info;
  }

  /** @throws IllegalArgumentException if the pattern does not compile or the validator is unknown */
  public PatternRule(RuleInfo info, Spec spec) {
    this.info = info;
    this.spec = spec;
    int flags = spec.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0;
    try {
      this.pattern = Pattern.compile(spec.pattern(), flags);
      this.except = spec.exceptPattern() == null ? null : Pattern.compile(spec.exceptPattern(), flags);
    } catch (com.google.re2j.PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern does not compile: " + e.getMessage(), e);
    }
    if (spec.group() < 0 || spec.group() > pattern.groupCount()) {
      throw new IllegalArgumentException("group " + spec.group() + " does not exist in the pattern");
    }
    if (spec.minDigits() < 0) {
      throw new IllegalArgumentException("minDigits must not be negative: " + spec.minDigits());
    }
    if (spec.validator() != null && !VALIDATORS.containsKey(spec.validator())) {
      throw new IllegalArgumentException(
          "unknown validator '" + spec.validator() + "' (known: " + String.join(", ", VALIDATORS.keySet()) + ")");
    }
    this.validator = spec.validator() == null ? null : VALIDATORS.get(spec.validator());
    List<String> ctx = new ArrayList<>();
    for (String c : spec.context()) {
      ctx.add(c.toLowerCase(Locale.ROOT));
    }
    this.context = List.copyOf(ctx);
    this.required = RequiredChars.of(spec.pattern());
  }

  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (spec.minDigits() > 0 && digits(text, spec.minDigits()) < spec.minDigits()) {
      return; // cheap gate: the pattern cannot match a post with fewer digits
    }
    for (int i = 0; i < required.length(); i++) {
      if (text.indexOf(required.charAt(i)) < 0) {
        return;
      }
    }
    if (!spec.requires().isEmpty()) {
      String lower = post.shared(LOWER, p -> p.text().toLowerCase(Locale.ROOT));
      if (spec.requires().stream().noneMatch(lower::contains)) {
        return;
      }
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int s = m.start(spec.group());
      int e = m.end(spec.group());
      if (s < 0 || s == e) {
        continue;
      }
      String covered = text.substring(s, e);
      if (except != null && except.matcher(covered).find()) {
        continue;
      }
      List<String> evidence = new ArrayList<>(2);
      if (validator != null) {
        if (!validator.test(covered)) {
          continue;
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
          continue;
        }
      }
      sink.report(s, e, severity, null, info.suggestion(),
          new Explanation("pattern /" + spec.pattern() + "/", confidence, evidence));
    }
  }

  private static int digits(String text, int atMost) {
    int n = 0;
    for (int i = 0; i < text.length() && n < atMost; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
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
