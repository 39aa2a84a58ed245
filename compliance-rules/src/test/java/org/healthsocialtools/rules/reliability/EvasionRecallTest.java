package org.healthsocialtools.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.healthsocialtools.Category;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Span;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The adversarial corpus: every flagged example of every privacy rule, with its marked span rewritten by each
 * {@link Evasions evasion}. A case is caught when a finding of the rule's kind still overlaps the rewritten span.
 * Prints recall per evasion and asserts a floor per evasion at what the checker achieves today, so a change that
 * lets more through fails here; raise a floor when recognisers improve.
 */
class EvasionRecallTest {

  /**
   * Recall today, per evasion; evasions not listed must be caught every time. Numbers split across lines are not
   * caught yet: line breaks end sentences, and the NHS number pattern allows only one space, dash, dot or slash.
   */
  static final Map<String, Double> FLOORS = Map.of("split across lines", 0.0);

  private static final ComplianceChecker CHECKER = ComplianceChecker.builder().build();

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  /** One generated case: the post and where the identifier now is. */
  record Case(String rule, String evasion, Post post, Span span, RuleInfo info) {}

  static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    for (RuleInfo r : CHECKER.rules()) {
      if (r.category() != Category.PRIVACY) {
        continue;
      }
      for (Example e : r.examples()) {
        if (!e.flags()) {
          continue;
        }
        String input = e.input();
        for (Span span : e.expectedSpans()) {
          for (Map.Entry<String, UnaryOperator<String>> ev : Evasions.all().entrySet()) {
            String rewritten = ev.getValue().apply(span.of(input));
            if (rewritten == null) {
              continue;
            }
            String text = input.substring(0, span.start()) + rewritten + input.substring(span.end());
            Post post = Post.of(text);
            if (e.platform() != null) {
              post = post.withPlatform(Platform.fromId(e.platform()));
            }
            if (e.locale() != null) {
              post = post.withLocale(e.locale());
            }
            cases.add(new Case(r.id(), ev.getKey(), post,
                new Span(span.start(), span.start() + rewritten.length()), r));
          }
        }
      }
    }
    return cases;
  }

  static boolean caught(Case c) {
    for (Finding f : CHECKER.check(c.post()).findings()) {
      if (f.kind() == c.info().kind() && f.span().overlaps(c.span())) {
        return true;
      }
    }
    return false;
  }

  /** Caught and total cases per evasion, in table order. */
  static Map<String, int[]> recall(List<Case> cases, List<String> misses) {
    Map<String, int[]> byEvasion = new LinkedHashMap<>();
    Evasions.all().keySet().forEach(k -> byEvasion.put(k, new int[2]));
    for (Case c : cases) {
      int[] n = byEvasion.get(c.evasion());
      n[1]++;
      if (caught(c)) {
        n[0]++;
      } else {
        misses.add(c.evasion() + " / " + c.rule());
      }
    }
    return byEvasion;
  }

  @Test
  void recallPerEvasionStaysAtOrAboveItsFloor() {
    List<Case> cases = corpus();
    assertThat(cases).as("privacy rules with flagged examples").isNotEmpty();
    List<String> misses = new ArrayList<>();
    Map<String, int[]> recall = recall(cases, misses);
    StringBuilder table = new StringBuilder("| Evasion | Caught | Cases | Recall |\n|---|---:|---:|---:|\n");
    List<String> below = new ArrayList<>();
    recall.forEach((evasion, n) -> {
      double r = n[1] == 0 ? 1 : (double) n[0] / n[1];
      table.append(String.format("| %s | %d | %d | %.2f |%n", evasion, n[0], n[1], r));
      double floor = FLOORS.getOrDefault(evasion, 1.0);
      if (r + 1e-9 < floor) {
        below.add(String.format("%s: %.2f < floor %.2f", evasion, r, floor));
      }
    });
    System.out.print(table);
    System.out.println("missed (evasion / rule): " + misses);
    assertThat(below).as("evasions whose recall fell below the floor").isEmpty();
  }
}
