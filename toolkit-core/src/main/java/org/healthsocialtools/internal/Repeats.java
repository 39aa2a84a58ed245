package org.healthsocialtools.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Category;
import org.healthsocialtools.Explanation;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;
import org.healthsocialtools.Span;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.analysis.TokenType;
import org.healthsocialtools.rule.RuleInfo;

/**
 * A detail found once is found everywhere: every other occurrence in the post of a name, identifier
 * or contact detail that a rule found (the same words, matched token by token and
 * case-sensitively), and of each part of a name ("John" and "Davies" of "John Davies"), becomes a
 * finding of the same rule and severity, so the report, the highlights and the safe version all
 * cover it. Runs once per check after the detectors. Linear: the post's words are indexed once, and
 * each distinct detail is looked up in that index, never by rescanning the text.
 */
final class Repeats {

  /** Kinds whose every occurrence identifies the same person. */
  private static final Set<Kind> KINDS = Set.of(Kind.PERSON, Kind.IDENTIFIER, Kind.CONTACT);

  /** Honorifics and staff titles inside a name span are not parts of the name. */
  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");

  /**
   * Shortest name part marked on its own: initials and two-letter words are too often something
   * else.
   */
  private static final int MIN_PART = 3;

  private Repeats() {}

  /**
   * The findings that mark the other occurrences of {@code found}'s details; none when there are
   * none.
   */
  static List<Finding> of(AnalyzedPost post, List<Finding> found, Map<String, RuleInfo> rules) {
    List<Finding> sources = new ArrayList<>();
    for (Finding f : found) {
      if (f.category() == Category.PRIVACY
          && KINDS.contains(f.kind())
          && f.severity() != Severity.INFO) {
        sources.add(f);
      }
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    List<Token> tokens = post.tokens();
    int n = tokens.size();
    int[] from = new int[n];
    int[] to = new int[n];
    Map<String, List<Integer>> byText = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Span o = post.toOriginal(tokens.get(i).start(), tokens.get(i).end());
      from[i] = o.start();
      to[i] = o.end();
      if (tokens.get(i).type() != TokenType.PUNCT) {
        byText.computeIfAbsent(tokens.get(i).text(), k -> new ArrayList<>(2)).add(i);
      }
    }
    Map<Kind, BitSet> covered = new EnumMap<>(Kind.class);
    for (Finding f : found) {
      if (KINDS.contains(f.kind())) {
        covered.computeIfAbsent(f.kind(), k -> new BitSet()).set(f.start(), f.end());
      }
    }
    String original = post.original();
    List<Finding> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Finding f : sources) {
      int first = firstTokenIn(from, f.start());
      int end = first;
      while (end < n && to[end] <= f.end()) {
        end++;
      }
      if (first >= end) {
        continue;
      }
      List<List<String>> wanted = new ArrayList<>();
      List<String> whole = new ArrayList<>();
      for (int i = first; i < end; i++) {
        if (tokens.get(i).type() != TokenType.PUNCT) {
          whole.add(tokens.get(i).text());
        }
      }
      wanted.add(whole);
      if (f.kind() == Kind.PERSON && whole.size() > 1) {
        for (String part : whole) {
          if (part.length() >= MIN_PART
              && Character.isUpperCase(part.codePointAt(0))
              && !TITLES.contains(part.toLowerCase(Locale.ROOT))) {
            wanted.add(List.of(part));
          }
        }
      }
      BitSet mine = covered.computeIfAbsent(f.kind(), k -> new BitSet());
      for (List<String> words : wanted) {
        if (words.isEmpty() || !done.add(f.kind() + "\u0000" + String.join("\u0000", words))) {
          continue;
        }
        for (int start : byText.getOrDefault(words.get(0), List.of())) {
          int last = matchEnd(tokens, byText, start, words);
          if (last < 0) {
            continue;
          }
          int s = from[start];
          int e = to[last];
          int taken = mine.nextSetBit(s);
          if ((taken < 0 || taken >= e) && boundary(original, s, e)) {
            mine.set(s, e);
            out.add(repeat(f, new Span(s, e), original, rules.get(f.ruleId())));
          }
        }
      }
    }
    return out;
  }

  /**
   * Index of the last token of {@code words} matched from token {@code start} (skipping
   * punctuation), or -1.
   */
  private static int matchEnd(
      List<Token> tokens, Map<String, List<Integer>> byText, int start, List<String> words) {
    int i = start;
    int w = 0;
    int last = -1;
    while (w < words.size() && i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.PUNCT && w > 0) {
        i++;
        continue;
      }
      if (!t.text().equals(words.get(w))) {
        return -1;
      }
      last = i;
      w++;
      i++;
    }
    return w == words.size() ? last : -1;
  }

  /** The occurrence is a whole word: no letter or digit joins it on either side. */
  private static boolean boundary(String text, int s, int e) {
    return (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
        && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
  }

  private static int firstTokenIn(int[] from, int start) {
    int lo = 0;
    int hi = from.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (from[mid] < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Finding repeat(Finding f, Span span, String original, RuleInfo rule) {
    String covered = span.of(original);
    String message =
        rule != null && rule.message() != null
            ? rule.message().replace("{text}", covered.strip())
            : f.message();
    List<String> evidence =
        List.of(
            "the same detail was found at ["
                + f.start()
                + ","
                + f.end()
                + ") ("
                + f.ruleId()
                + ")");
    return new Finding(
        f.ruleId(),
        f.kind(),
        f.severity(),
        span,
        covered,
        message,
        f.suggestion(),
        new Explanation(
            "another occurrence of a detail found in the post",
            f.explanation().confidence(),
            evidence));
  }
}
