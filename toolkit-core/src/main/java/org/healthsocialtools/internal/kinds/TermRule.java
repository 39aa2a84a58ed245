package org.healthsocialtools.internal.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.internal.match.TermIndex;
import org.healthsocialtools.rule.ExtensibleRule;
import org.healthsocialtools.rule.FindingSink;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleInfo;

/**
 * The {@code term} and {@code proximity} kinds: a list of words and phrases (with optional
 * replacements), matched through the shared {@link TermIndex}, then filtered by the rule's guards:
 * exception phrases overlapping the hit, words that must (or must not) stand within a window of
 * tokens, a part-of-speech condition on the last word, and words whose presence anywhere in the
 * post switches the rule off. Two guards need the text rather than the words: {@code skipQuoted}
 * leaves hits inside double quotation marks alone (quoted speech, a patient's own words), and
 * {@code unlessExplained} leaves a term alone when the post explains it in brackets beside it ("MRI
 * (a scan that...)", "feeling sick (nausea)").
 */
public final class TermRule implements IndexedRule, ExtensibleRule {

  /** What a term rule says, before its phrases are registered. */
  public record Spec(
      List<String> terms,
      Map<String, String> substitutions,
      boolean stem,
      List<String> exceptions,
      List<String> near,
      List<String> notNear,
      int within,
      Set<String> pos,
      boolean caseSensitive,
      List<String> unlessPostContains,
      boolean skipQuoted,
      boolean unlessExplained) {

    /**
     * This spec with more terms and exception phrases (an organisation profile's {@code extend}).
     */
    public Spec plus(List<String> moreTerms, List<String> moreExceptions) {
      List<String> t = new ArrayList<>(terms);
      t.addAll(moreTerms);
      List<String> e = new ArrayList<>(exceptions);
      e.addAll(moreExceptions);
      return new Spec(
          List.copyOf(t),
          substitutions,
          stem,
          List.copyOf(e),
          near,
          notNear,
          within,
          pos,
          caseSensitive,
          unlessPostContains,
          skipQuoted,
          unlessExplained);
    }
  }

  private final RuleInfo info;
  private final Spec spec;

  public TermRule(RuleInfo info, Spec spec) {
    this.info = info;
    this.spec = spec;
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  /**
   * This rule with an organisation's extra terms and exception phrases, same id and metadata.
   *
   * @throws IllegalArgumentException if a phrase has no words (when the checker compiles it)
   */
  @Override
  public TermRule extendedWith(List<String> moreTerms, List<String> moreExceptions) {
    return new TermRule(info, spec.plus(moreTerms, moreExceptions));
  }

  /** Uncompiled, the rule cannot check: only a checker's compiled copy can. */
  @Override
  public void check(AnalyzedPost post, FindingSink sink) {
    throw new IllegalStateException(
        info.id() + " must be compiled into a checker's term index first");
  }

  @Override
  public Rule compile(TermIndex.Builder b, Supplier<TermIndex> index) {
    List<String> suggestions = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<Integer> hs = new ArrayList<>();
    for (String t : spec.terms()) {
      hs.add(b.add(List.of(t), spec.stem()));
      suggestions.add(null);
      phrases.add(t);
    }
    for (Map.Entry<String, String> e : spec.substitutions().entrySet()) {
      hs.add(b.add(List.of(e.getKey()), spec.stem()));
      suggestions.add(e.getValue());
      phrases.add(e.getKey());
    }
    return new Compiled(
        hs.stream().mapToInt(Integer::intValue).toArray(),
        List.copyOf(phrases),
        suggestions.toArray(String[]::new),
        spec.exceptions().isEmpty() ? -1 : b.addGuard(spec.exceptions(), spec.stem()),
        spec.near().isEmpty() ? -1 : b.addGuard(spec.near(), true),
        spec.notNear().isEmpty() ? -1 : b.addGuard(spec.notNear(), true),
        spec.unlessPostContains().isEmpty() ? -1 : b.addGuard(spec.unlessPostContains(), true),
        index);
  }

  /** The rule bound to one checker's index: handles of its phrases and guards. */
  private final class Compiled implements Rule {
    private final int[] handles;
    private final List<String> phraseByHandle;
    private final String[] suggestionByHandle;
    private final int exceptions;
    private final int near;
    private final int notNear;
    private final int unless;
    private final Supplier<TermIndex> index;

    Compiled(
        int[] handles,
        List<String> phrases,
        String[] suggestions,
        int exceptions,
        int near,
        int notNear,
        int unless,
        Supplier<TermIndex> index) {
      this.handles = handles;
      this.phraseByHandle = phrases;
      this.suggestionByHandle = suggestions;
      this.exceptions = exceptions;
      this.near = near;
      this.notNear = notNear;
      this.unless = unless;
      this.index = index;
      boolean c = true;
      for (int i = 1; i < handles.length; i++) {
        c &= handles[i] == handles[0] + i;
      }
      this.contiguous = c && handles.length > 0;
    }

    /** True when handle {@code handles[0] + i} is phrase i (the builder numbers them in turn). */
    private final boolean contiguous;

    @Override
    public RuleInfo info() {
      return info;
    }

    @Override
    public void check(AnalyzedPost post, FindingSink sink) {
      TermIndex.Hits hits = index.get().hits(post);
      TermIndex.Hits guards = null;
      // Only the phrases the post holds, in phrase order: a vocabulary of thousands costs what
      // the post's hits cost, not a look-up per phrase.
      int[] order = contiguous ? hits.hitIn(handles[0], handles[0] + handles.length) : null;
      int n = order != null ? order.length : handles.length;
      for (int j = 0; j < n; j++) {
        int i = order != null ? order[j] - handles[0] : j;
        for (int[] hit : hits.of(handles[i])) {
          if (guards == null && (exceptions >= 0 || near >= 0 || notNear >= 0 || unless >= 0)) {
            guards = index.get().guardHits(post);
            if (unless >= 0 && !guards.of(unless).isEmpty()) {
              return;
            }
          }
          String why = guard(post, guards, hit);
          if (why == null) {
            continue;
          }
          String suggestion = suggestionByHandle[i];
          sink.report(
              hit[0],
              hit[1],
              suggestion != null ? suggestion : info.suggestion(),
              Explanation.of("term '" + phraseByHandle.get(i) + "'", why));
        }
      }
    }

    /** Returns the evidence line when the hit stands, or {@code null} when a guard removes it. */
    private String guard(AnalyzedPost post, TermIndex.Hits hits, int[] hit) {
      if (exceptions >= 0 && hits.startingBeforeEndingAfter(exceptions, hit[1], hit[0]) != null) {
        return null;
      }
      if (spec.caseSensitive()) {
        String covered = post.text().substring(hit[0], hit[1]);
        if (spec.terms().stream().noneMatch(covered::equals)
            && spec.substitutions().keySet().stream().noneMatch(covered::equals)) {
          return null;
        }
      }
      if (spec.skipQuoted() && TextGuards.quoted(post, hit[0])) {
        return null;
      }
      if (spec.unlessExplained() && TextGuards.explained(post.text(), hit[0], hit[1])) {
        return null;
      }
      List<Token> tokens = post.tokens();
      int first = post.tokenAtOrAfter(hit[0]);
      int last = Math.max(first, post.tokenAtOrAfter(hit[1] - 1));
      if (!spec.pos().isEmpty() && last < tokens.size() && !spec.pos().contains(post.pos(last))) {
        return null;
      }
      String evidence = "matched in the post's words";
      if (near >= 0) {
        int[] found = within(post, hits, near, first, last);
        if (found == null) {
          return null;
        }
        evidence = "near '" + post.text().substring(found[0], found[1]) + "'";
      }
      if (notNear >= 0 && within(post, hits, notNear, first, last) != null) {
        return null;
      }
      return evidence;
    }

    /**
     * A hit of {@code handle} no more than {@code within} tokens from tokens {@code [first, last]},
     * or {@code null}. A hit's first token is at most {@code last + within} exactly when it starts
     * before that token ends, and its last token at least {@code first - within} exactly when it
     * ends after the token before that ends.
     */
    private int[] within(AnalyzedPost post, TermIndex.Hits hits, int handle, int first, int last) {
      if (spec.within() < 0) {
        return null;
      }
      List<Token> tokens = post.tokens();
      long right = (long) last + spec.within();
      int before = right >= tokens.size() ? Integer.MAX_VALUE : tokens.get((int) right).end();
      int left = first - spec.within();
      int after = left <= 0 ? Integer.MIN_VALUE : tokens.get(left - 1).end();
      return hits.startingBeforeEndingAfter(handle, before, after);
    }
  }
}
