package org.healthsocialtools.rules.privacy;

import java.util.List;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Severity;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.Checksums;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.GatedPattern;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.RuleContext;

/**
 * Base of the identifier recognisers, after Presidio's {@code PatternRecognizer}: a recogniser is
 * constants plus hooks, and this class owns the loop. It finds candidates with a {@link
 * GatedPattern} (RE2/J behind a digit count and required punctuation, the same gates as pack {@code
 * pattern} rules), hands each to {@link #judge}, looks up the recogniser's context words within a
 * window of tokens before the candidate on demand, and emits the verdict with its explanation
 * through {@link PrivacyRule#emit} (profile allow list and the organisation's own names respected).
 * A subclass keeps only what is special to it: its pattern, context words, validation and scoring.
 * Recognisers whose candidates are not a pattern's (a code after a record label, an e-mail token, a
 * postcode where a token can start one) override {@link #candidates} and still go through the same
 * judging and emission.
 */
abstract class Recognizer extends PrivacyRule {

  private final GatedPattern candidates;
  private final Lexicon context;
  private final int window;

  /**
   * @param candidates where candidates are (the capture group is the span reported); null only for
   *     a recogniser that overrides {@link #candidates}
   * @param context words that say what the candidate is (may be empty or null)
   * @param window how many tokens before the candidate a context word may stand
   */
  protected Recognizer(RuleContext rc, GatedPattern candidates, Lexicon context, int window) {
    super(rc);
    this.candidates = candidates;
    this.context = context;
    this.window = window;
  }

  /**
   * For a recogniser whose candidates follow a label rather than a pattern: it overrides {@link
   * #candidates} and hands each span, with the label that introduced it, to {@link
   * #consider(AnalyzedPost, FindingSink, int, int, String)}.
   */
  protected Recognizer(RuleContext rc, Lexicon context) {
    this(rc, null, context, 0);
  }

  @Override
  public final void check(AnalyzedPost post, FindingSink sink) {
    candidates(post, sink);
  }

  /** Finds the candidates and considers each: by default, the gated pattern's matches. */
  protected void candidates(AnalyzedPost post, FindingSink sink) {
    String text = post.text();
    if (!candidates.admits(text)) {
      return;
    }
    candidates.scan(
        text, (s, e) -> consider(post, sink, s, e) ? e : resumeAfterMiss(post, sink, s, e));
  }

  /**
   * Judges [s, e) and emits what it concludes; false when the span is not a candidate of this kind
   * at all (so a caller may try a part of it).
   */
  protected final boolean consider(AnalyzedPost post, FindingSink sink, int s, int e) {
    return consider(post, sink, s, e, null);
  }

  /**
   * As {@link #consider(AnalyzedPost, FindingSink, int, int)}, with the context word already known:
   * the label that introduced the candidate, or how a recogniser with several candidate sources
   * found it.
   */
  protected final boolean consider(
      AnalyzedPost post, FindingSink sink, int s, int e, String label) {
    Candidate c = new Candidate(post, s, e);
    if (label != null) {
      c.contextWord = label;
      c.contextLooked = true;
    }
    Verdict v = judge(c);
    if (v == Verdict.NOT_THIS) {
      return false;
    }
    if (v != Verdict.PASS) {
      emit(
          post,
          sink,
          s,
          e,
          v.severity,
          v.message,
          null,
          new Explanation(v.matched, v.confidence, v.evidence));
    }
    return true;
  }

  /** What to make of one candidate. */
  protected abstract Verdict judge(Candidate c);

  /**
   * Where to resume after a span that is not a candidate of this kind ({@link Verdict#NOT_THIS});
   * by default its end. A recogniser whose pattern can run two neighbours together may try a part
   * of the span here, through {@link #consider}.
   */
  protected int resumeAfterMiss(AnalyzedPost post, FindingSink sink, int s, int e) {
    return e;
  }

  /** One candidate span, with its digits and context word computed once, when first asked for. */
  protected final class Candidate {
    final AnalyzedPost post;
    final int start;
    final int end;
    private String digits;
    private String contextWord;
    private boolean contextLooked;

    Candidate(AnalyzedPost post, int start, int end) {
      this.post = post;
      this.start = start;
      this.end = end;
    }

    String text() {
      return post.text().substring(start, end);
    }

    /** The ASCII digits of the span (normalisation has already folded other scripts' digits). */
    String digits() {
      if (digits == null) {
        digits = Checksums.digits(text());
      }
      return digits;
    }

    /** The recogniser's context word within its window of tokens before the candidate, or null. */
    String contextWord() {
      if (!contextLooked) {
        contextWord = context == null ? null : Near.cueBefore(post, context, start, window);
        contextLooked = true;
      }
      return contextWord;
    }

    /** The character before the span, or 0 at the start of the text. */
    char before() {
      return start > 0 ? post.text().charAt(start - 1) : 0;
    }
  }

  /**
   * A recogniser's conclusion about one candidate: report it (with why), let it pass, or not one of
   * ours.
   */
  protected static final class Verdict {
    /** A candidate of this kind that is not reported (a published number, a failed check). */
    static final Verdict PASS = new Verdict(null, 0, null, List.of(), null);

    /** Not a candidate of this kind at all: the scan may try a part of the span. */
    static final Verdict NOT_THIS = new Verdict(null, 0, null, List.of(), null);

    final Severity severity;
    final double confidence;
    final String matched;
    final List<String> evidence;
    final String message;

    private Verdict(
        Severity severity,
        double confidence,
        String matched,
        List<String> evidence,
        String message) {
      this.severity = severity;
      this.confidence = confidence;
      this.matched = matched;
      this.evidence = evidence;
      this.message = message;
    }

    /** Report at {@code severity}, with the rule's own message. */
    static Verdict report(
        Severity severity, double confidence, String matched, List<String> evidence) {
      return new Verdict(severity, confidence, matched, List.copyOf(evidence), null);
    }

    /** Report at {@code severity} with a message of its own (null for the rule's). */
    static Verdict report(
        Severity severity,
        double confidence,
        String matched,
        List<String> evidence,
        String message) {
      return new Verdict(severity, confidence, matched, List.copyOf(evidence), message);
    }
  }
}
