package org.healthsocialtools.rule;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.healthsocialtools.Category;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;

/**
 * Everything about a rule except its logic: stable id, taxonomy kind, default severity, what it
 * tells people, where the guidance comes from, which languages it applies to, and its examples.
 *
 * @param id stable, dotted lower-case id such as {@code tone.suffers-from}
 * @param kind taxonomy kind (and so category)
 * @param severity default severity
 * @param summary one line for the catalogue, no trailing period
 * @param message what the problem is, shown on each finding; may hold {@code {text}}
 * @param suggestion default suggestion, or {@code null}
 * @param guidance URL of the guidance the rule comes from
 * @param locale {@code any}, a language ({@code en}, {@code cy}) or a language and region ({@code
 *     en-GB})
 * @param source short citation of the guidance (catalogue row and source keys)
 * @param examples flagged and passing examples; at least one of each
 * @param description optional longer explanation for the catalogue and the rules page (empty when
 *     there is none); never shown on a finding
 * @param regional guidance for readers in particular countries, by ISO 3166 code ({@code GB},
 *     {@code US}), where the general {@code guidance} is another country's; see {@link
 *     #citationFor}
 */
public record RuleInfo(
    String id,
    Kind kind,
    Severity severity,
    String summary,
    String message,
    String suggestion,
    String guidance,
    String locale,
    String source,
    List<Example> examples,
    String description,
    Map<String, Citation> regional) {

  /** Guidance to cite: where to read it and a short name for it. */
  public record Citation(String url, String source) {
    public Citation {
      Objects.requireNonNull(url, "url");
      source = source == null ? "" : source;
    }

    /**
     * Reads {@code "https://... Short name of the guidance"}: the link, then after a space what to
     * call it.
     *
     * @throws IllegalArgumentException if it does not start with an http(s) link
     */
    public static Citation parse(String s) {
      String[] p = s.strip().split("\\s+", 2);
      if (!p[0].startsWith("https://") && !p[0].startsWith("http://")) {
        throw new IllegalArgumentException(
            "regional guidance must be 'https://... citation', not '" + s + "'");
      }
      return new Citation(p[0], p.length > 1 ? p[1] : "");
    }
  }

  /** Regional guidance keyed by ISO 3166 code; the code must be two capital letters. */
  public static Map<String, Citation> regional(Map<String, String> byCode) {
    Map<String, Citation> out = new TreeMap<>();
    byCode.forEach(
        (code, citation) -> {
          if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                "regional guidance key '" + code + "' is not a country code such as GB");
          }
          out.put(code, Citation.parse(citation));
        });
    return out;
  }

  /** A rule with one guidance for every reader and no description. */
  public RuleInfo(
      String id,
      Kind kind,
      Severity severity,
      String summary,
      String message,
      String suggestion,
      String guidance,
      String locale,
      String source,
      List<Example> examples) {
    this(
        id,
        kind,
        severity,
        summary,
        message,
        suggestion,
        guidance,
        locale,
        source,
        examples,
        "",
        Map.of());
  }

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(guidance, "guidance");
    locale = locale == null || locale.isBlank() ? "any" : locale;
    source = source == null ? "" : source;
    examples = List.copyOf(examples);
    description = description == null ? "" : description.strip();
    Map<String, Citation> r = new TreeMap<>();
    (regional == null ? Map.<String, Citation>of() : regional)
        .forEach((k, v) -> r.put(k.toUpperCase(Locale.ROOT), Objects.requireNonNull(v, k)));
    regional = Collections.unmodifiableMap(r);
  }

  /**
   * The guidance to cite to a reader in {@code region} (the region of the post's locale, e.g.
   * {@code GB} for {@code en-GB}): the rule's guidance for that country when it has one, else its
   * general guidance.
   */
  public Citation citationFor(String region) {
    Citation c = region == null ? null : regional.get(region.toUpperCase(Locale.ROOT));
    return c != null ? c : new Citation(guidance, source);
  }

  public Category category() {
    return kind.category();
  }

  /** The language part of {@link #locale()}, or {@code any}. */
  public String language() {
    int dash = locale.indexOf('-');
    return (dash < 0 ? locale : locale.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /** The region part of {@link #locale()} ({@code GB}), or empty. */
  public String region() {
    int dash = locale.indexOf('-');
    return dash < 0 ? "" : locale.substring(dash + 1).toUpperCase(Locale.ROOT);
  }

  /** True if the rule applies to a post analysed as {@code language} written for {@code region}. */
  public boolean appliesTo(String postLanguage, String postRegion) {
    String lang = language();
    if (!lang.equals("any") && !lang.equals(postLanguage)) {
      return false;
    }
    String r = region();
    return r.isEmpty() || postRegion.isEmpty() || r.equals(postRegion);
  }
}
