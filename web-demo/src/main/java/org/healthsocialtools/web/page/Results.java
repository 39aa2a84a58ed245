package org.healthsocialtools.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Severity;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.web.check.Checked;
import org.healthsocialtools.web.check.Fix;

/**
 * What the results template ({@code results.jte}) shows of a check, as plain values: the verdict,
 * the draft cut into highlighted pieces, the safe version, a card per finding and the length on
 * every platform. No markup here; the template writes it and escapes every value.
 *
 * @param checked the check, or {@code null} before the first one (the empty state)
 */
record Results(Checked checked) {

  /**
   * A piece of the draft: highlighted at {@code severity} (an id such as {@code error}) unless it
   * is null.
   */
  record Piece(String text, String severity, List<Ref> refsAfter) {}

  /** A numbered link from the marked draft to finding card {@code number}. */
  record Ref(int number, String severity, String label) {}

  record Counter(
      String platform, boolean chosen, int length, int limit, String countedAs, int overBy) {}

  record Card(
      int number,
      String severity,
      String severityLabel,
      String meaning,
      String kind,
      String message,
      String found,
      String suggestion,
      RuleInfo rule,
      RuleInfo.Citation citation,
      String ruleId,
      FixButton fix) {}

  /**
   * The one-click fix: a submit button naming the finding, with the data the page's script applies
   * in place (replace {@code [start, end)}, which holds {@code text}, with {@code replacement}).
   *
   * @param whole true when the replacement is a whole new draft (the safe reply in place of a reply
   *     that confirms a patient): it applies only while the draft is still exactly {@code text}
   */
  record FixButton(
      int index,
      int start,
      int end,
      String text,
      String replacement,
      String label,
      boolean whole) {}

  boolean empty() {
    return checked == null;
  }

  /** The one-line summary the page's live region announces. */
  String summary() {
    if (checked == null) {
      return "Paste or type a draft to check it.";
    }
    int n = checked.report().findings().size();
    return Words.verdict(checked.report().verdict())
        + ". "
        + (n == 0
            ? "No findings."
            : Words.plural(n, "finding", "findings") + ": " + counts() + ".");
  }

  String counts() {
    int[] by = new int[Severity.values().length];
    checked.report().findings().forEach(f -> by[f.severity().ordinal()]++);
    return Words.plural(by[0], "error", "errors")
        + ", "
        + Words.plural(by[1], "warning", "warnings")
        + ", "
        + by[2]
        + " advice";
  }

  String verdictId() {
    return checked.report().verdict().id();
  }

  String verdictTitle() {
    return Words.verdict(checked.report().verdict());
  }

  String verdictDetail() {
    return Words.verdictDetail(checked.report().verdict(), !checked.report().findings().isEmpty());
  }

  /**
   * True when the draft was checked as a reply to a comment. The comment itself is never part of
   * the results.
   */
  boolean isReply() {
    return checked.post().inReplyTo() != null;
  }

  /**
   * The safe reply to offer in place of a reply that confirms someone is a patient, or {@code
   * null}. When there is one, the page offers it instead of the safe version: a redacted reply
   * still confirms them.
   */
  String safeReply() {
    return checked.safeReply();
  }

  /** The safe version, or {@code null} when the draft has no privacy finding to redact. */
  String safeVersion() {
    return checked.hasPrivacyFindings() ? checked.safeVersion() : null;
  }

  List<Counter> counters() {
    Platform chosen = checked.post().platform();
    List<Counter> rows = new ArrayList<>();
    for (Map.Entry<Platform, Integer> e : checked.counts().entrySet()) {
      Platform p = e.getKey();
      int n = e.getValue();
      rows.add(
          new Counter(
              Words.platform(p),
              p == chosen,
              n,
              p.limit(),
              Words.countedAs(p),
              Math.max(0, n - p.limit())));
    }
    return rows;
  }

  /** True for a finding about the whole post (length, readability): listed, not highlighted. */
  private static boolean wholePost(Finding f, int length) {
    return f.start() == 0
        && f.end() == length
        && f.category() != org.healthsocialtools.Category.PRIVACY;
  }

  /**
   * The draft cut at every finding's start and end; each piece is highlighted at the worst severity
   * of the findings covering it and followed by links to the findings that end there. The first
   * piece is empty and carries the links of findings that end at 0.
   */
  List<Piece> pieces() {
    String text = checked.text();
    List<Finding> fs = checked.report().findings();
    List<Integer> shown = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      if (!wholePost(f, text.length()) && f.end() <= text.length()) {
        shown.add(i);
        cuts.add(f.start());
        cuts.add(f.end());
      }
    }
    List<Piece> pieces = new ArrayList<>();
    pieces.add(new Piece("", null, refs(shown, 0)));
    int a = 0;
    for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
      Severity worst = null;
      for (int i : shown) {
        Finding f = fs.get(i);
        if (f.start() <= a
            && f.end() >= b
            && f.start() < f.end()
            && (worst == null || f.severity().atLeast(worst))) {
          worst = f.severity();
        }
      }
      pieces.add(
          new Piece(text.substring(a, b), worst == null ? null : worst.id(), refs(shown, b)));
    }
    return pieces;
  }

  private List<Ref> refs(List<Integer> shown, int at) {
    List<Ref> refs = new ArrayList<>();
    for (int i : shown) {
      Finding f = checked.report().findings().get(i);
      if (f.end() == at) {
        refs.add(
            new Ref(
                i + 1, f.severity().id(), Words.severity(f.severity()).toLowerCase(Locale.ROOT)));
      }
    }
    return refs;
  }

  List<Card> cards() {
    List<Finding> fs = checked.report().findings();
    List<Card> cards = new ArrayList<>(fs.size());
    for (int i = 0; i < fs.size(); i++) {
      Finding f = fs.get(i);
      Fix fix = checked.fix(i);
      boolean showFound = !wholePost(f, checked.text().length()) && !f.text().isEmpty();
      cards.add(
          new Card(
              i + 1,
              f.severity().id(),
              Words.severity(f.severity()),
              Words.severityMeaning(f.severity()),
              Words.kind(f.kind()),
              f.message(),
              showFound ? f.text() : null,
              f.suggestion(),
              checked.rule(i),
              checked.citation(i),
              f.ruleId(),
              fixButton(i, f, fix)));
    }
    return cards;
  }

  private FixButton fixButton(int i, Finding f, Fix fix) {
    if (checked.fixedBySafeReply(i)) {
      String text = checked.text();
      return new FixButton(
          i, 0, text.length(), text, checked.safeReply(), "Use the safe reply", true);
    }
    return fix == null
        ? null
        : new FixButton(i, f.start(), f.end(), f.text(), fix.replacement(), fix.label(), false);
  }
}
