package org.healthsocialtools.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthsocialtools.Category;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;

/**
 * What the rules template ({@code rules.jte}) shows: the search, how many rules match, and the
 * matching rules grouped by category, each example cut into plain and marked pieces. Plain values;
 * the template writes the markup.
 *
 * @param query the search as typed, or {@code null}
 * @param found the matching rules
 * @param total how many rules there are
 */
record RulesView(String query, List<RuleInfo> found, int total) {

  record Group(String name, List<RuleInfo> rules) {}

  /** A piece of an example: {@code marked} where the rule flags it. */
  record Piece(String text, boolean marked) {}

  RulesView {
    found = List.copyOf(found);
  }

  String queryValue() {
    return query == null ? "" : query;
  }

  String countLine() {
    boolean searching = query != null && !query.isBlank();
    return searching
        ? Words.plural(found.size(), "rule matches", "rules match")
            + " \u201c"
            + query.strip()
            + "\u201d (of "
            + total
            + ")."
        : total + " rules.";
  }

  List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (Category c : Category.values()) {
      List<RuleInfo> in = found.stream().filter(r -> r.category() == c).toList();
      if (!in.isEmpty()) {
        groups.add(
            new Group(c.id().substring(0, 1).toUpperCase(Locale.ROOT) + c.id().substring(1), in));
      }
    }
    return groups;
  }

  /** The English name of an ISO 3166 country code ({@code GB}: United Kingdom). */
  static String country(String code) {
    return new Locale("", code).getDisplayCountry(Locale.UK);
  }

  /** The example's text with its {@code [[marked]]} spans as marked pieces. */
  static List<Piece> pieces(Example e) {
    String t = e.input();
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (var s : e.expectedSpans()) {
      pieces.add(new Piece(t.substring(at, s.start()), false));
      pieces.add(new Piece(t.substring(s.start(), s.end()), true));
      at = s.end();
    }
    pieces.add(new Piece(t.substring(at), false));
    return pieces;
  }
}
