package org.healthsocialtools.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsocialtools.Category;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Span;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The adversarial corpus: every flagged example of every privacy rule, and {@link #INDEPENDENT}
 * base posts written apart from the rules (so the rules' own examples cannot flatter them), with
 * the marked span rewritten by each {@link Evasions evasion} that applies to that kind of detail. A
 * case is caught when a finding of the rule's kind still overlaps the rewritten span. Prints recall
 * per evasion and per privacy kind (with the kind-by-evasion cells) and asserts floors: identifiers
 * and contact details are caught under every evasion (issue 8), other kinds and evasions stay at or
 * above what the checker achieves today, so a change that lets more through fails here; raise a
 * floor when recognisers improve.
 */
class EvasionRecallTest {

  /** Kinds caught under every evasion: recall 1.0 in every cell of their row. */
  static final Set<Kind> ALWAYS = Set.of(Kind.IDENTIFIER, Kind.CONTACT);

  /**
   * Recall today per evasion, over all kinds, rounded down; evasions not listed must be caught
   * every time.
   */
  static final Map<String, Double> FLOORS = Map.of();

  /**
   * Recall today per kind, over all evasions, rounded down; kinds not listed must be caught every
   * time.
   */
  static final Map<Kind, Double> KIND_FLOORS = Map.of();

  private static final ComplianceChecker CHECKER = ComplianceChecker.builder().build();

  /**
   * Base posts written for this test, not taken from any rule's examples: a detail of each kind,
   * marked with {@code [[ ]]}, in the kind of post a comms team drafts. Test data only (NHS numbers
   * in the 9xx range, Ofcom drama numbers, example.com).
   */
  static final Map<String, Kind> INDEPENDENT =
      Map.ofEntries(
          Map.entry(
              "Lovely to see [[Mavis Pennington]] back on her feet after her hip operation.",
              Kind.PERSON),
          Map.entry(
              "Thank you Mrs [[Ogunleye]] for the cards you sent after your husband's surgery.",
              Kind.PERSON),
          Map.entry(
              "Found: a wallet belonging to a patient, NHS number [[943 476 5005]]. Please collect from"
                  + " reception.",
              Kind.IDENTIFIER),
          Map.entry(
              "Her son can be reached on [[07700 900461]] to arrange visiting for Mr Okafor.",
              Kind.CONTACT),
          Map.entry(
              "Please email [[d.okafor@example.com]] with Mr Okafor's scan results.", Kind.CONTACT),
          Map.entry(
              "Mrs Ogunleye asked us to share her number, [[0113 496 0123]], with her carers.",
              Kind.CONTACT),
          Map.entry("The lady in [[bay 4]] is recovering well from pneumonia.", Kind.LOCATION),
          Map.entry("Admitted on [[14 March 2025]] with a stroke, Mr Hale is now home.", Kind.DATE),
          Map.entry("Our [[94-year-old]] patient on Ward 2 walked unaided today.", Kind.AGE),
          Map.entry(
              "Get well soon Doreen, we hope the [[chemotherapy]] goes smoothly.", Kind.HEALTH));

  @AfterAll
  static void close() {
    CHECKER.close();
  }

  /** One generated case: the post and where the detail now is. */
  record Case(String rule, Kind kind, String evasion, Post post, Span span) {}

  static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    INDEPENDENT.forEach(
        (marked, kind) -> {
          int open = marked.indexOf("[[");
          int close = marked.indexOf("]]");
          String input =
              marked.substring(0, open)
                  + marked.substring(open + 2, close)
                  + marked.substring(close + 2);
          Span span = new Span(open, close - 2);
          for (Map.Entry<String, Evasions.Evasion> ev : Evasions.all().entrySet()) {
            String rewritten = ev.getValue().apply(kind, span.of(input));
            if (rewritten != null) {
              String text =
                  input.substring(0, span.start()) + rewritten + input.substring(span.end());
              cases.add(
                  new Case(
                      "independent",
                      kind,
                      ev.getKey(),
                      Post.of(text),
                      new Span(span.start(), span.start() + rewritten.length())));
            }
          }
        });
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
          for (Map.Entry<String, Evasions.Evasion> ev : Evasions.all().entrySet()) {
            String rewritten = ev.getValue().apply(r.kind(), span.of(input));
            if (rewritten == null) {
              continue;
            }
            String text =
                input.substring(0, span.start()) + rewritten + input.substring(span.end());
            Post post = Post.of(text);
            if (e.platform() != null) {
              post = post.withPlatform(Platform.fromId(e.platform()));
            }
            if (e.locale() != null) {
              post = post.withLocale(e.locale());
            }
            cases.add(
                new Case(
                    r.id(),
                    r.kind(),
                    ev.getKey(),
                    post,
                    new Span(span.start(), span.start() + rewritten.length())));
          }
        }
      }
    }
    return cases;
  }

  static boolean caught(Case c) {
    for (Finding f : CHECKER.check(c.post()).findings()) {
      if (f.kind() == c.kind() && f.span().overlaps(c.span())) {
        return true;
      }
    }
    return false;
  }

  static double recall(int[] n) {
    return n[1] == 0 ? 1 : (double) n[0] / n[1];
  }

  @Test
  void recallPerEvasionAndKindStaysAtOrAboveItsFloor() {
    List<Case> cases = corpus();
    assertThat(cases).as("privacy rules with flagged examples").isNotEmpty();
    assertThat(cases)
        .as("cases from the independent bases")
        .anyMatch(c -> c.rule().equals("independent"));
    List<String> evasions = new ArrayList<>(Evasions.all().keySet());
    List<Kind> kinds = new ArrayList<>();
    for (Kind k : Kind.values()) {
      if (k.category() == Category.PRIVACY) {
        kinds.add(k);
      }
    }
    Map<String, int[]> byEvasion = new LinkedHashMap<>();
    Map<Kind, int[]> byKind = new LinkedHashMap<>();
    Map<String, int[]> cells = new HashMap<>();
    evasions.forEach(ev -> byEvasion.put(ev, new int[2]));
    kinds.forEach(k -> byKind.put(k, new int[2]));
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      boolean hit = caught(c);
      for (int[] n :
          List.of(
              byEvasion.get(c.evasion()),
              byKind.get(c.kind()),
              cells.computeIfAbsent(c.kind() + "|" + c.evasion(), x -> new int[2]))) {
        n[0] += hit ? 1 : 0;
        n[1]++;
      }
      if (!hit) {
        misses.add(
            c.evasion()
                + " / "
                + c.rule()
                + ": "
                + c.span().of(c.post().text()).replace("\n", "\\n"));
      }
    }
    List<String> below = new ArrayList<>();
    StringBuilder table =
        new StringBuilder("| Evasion | Caught | Cases | Recall |\n|---|---:|---:|---:|\n");
    byEvasion.forEach(
        (ev, n) -> {
          table.append(
              String.format(Locale.ROOT, "| %s | %d | %d | %.2f |%n", ev, n[0], n[1], recall(n)));
          double floor = FLOORS.getOrDefault(ev, 1.0);
          if (recall(n) + 1e-9 < floor) {
            below.add(String.format(Locale.ROOT, "%s: %.2f < floor %.2f", ev, recall(n), floor));
          }
        });
    table.append(
        "\n| Kind | Caught | Cases | Recall | Evasions below 1.0 (caught/cases) |\n|---|---:|---:|---:|---|\n");
    byKind.forEach(
        (k, n) -> {
          StringBuilder weak = new StringBuilder();
          for (String ev : evasions) {
            int[] cell = cells.get(k + "|" + ev);
            if (cell != null && cell[0] < cell[1]) {
              weak.append(weak.length() == 0 ? "" : "; ")
                  .append(ev)
                  .append(' ')
                  .append(cell[0])
                  .append('/')
                  .append(cell[1]);
              if (ALWAYS.contains(k)) {
                below.add(
                    k + " / " + ev + ": " + cell[0] + " of " + cell[1] + " (must be every one)");
              }
            }
          }
          table.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %d | %.2f | %s |%n",
                  k,
                  n[0],
                  n[1],
                  recall(n),
                  weak.length() == 0 ? "none" : weak));
          double floor = KIND_FLOORS.getOrDefault(k, 1.0);
          if (recall(n) + 1e-9 < floor) {
            below.add(String.format(Locale.ROOT, "%s: %.2f < floor %.2f", k, recall(n), floor));
          }
        });
    System.out.print(table);
    System.out.println("missed (evasion / rule: text): " + misses);
    assertThat(below).as("evasions and kinds whose recall fell below the floor").isEmpty();
  }
}
