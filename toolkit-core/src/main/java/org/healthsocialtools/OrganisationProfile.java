package org.healthsocialtools;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the checker knows about the organisation that posts: its own names, handles and published
 * contacts (never findings), staff who appear with consent, extra identifier formats, allow and
 * deny lists, and house style. Load one from YAML with {@code ProfileLoader} in the CLI or web
 * demo, or build it in code. Immutable.
 *
 * @param name display name, e.g. {@code Northbrook NHS Foundation Trust}
 * @param organisationNames names and short names the organisation goes by
 * @param handles the organisation's own social handles, with or without {@code @}
 * @param phoneNumbers published numbers (switchboard, press office, services), in any format
 * @param emails published addresses
 * @param addresses published postal addresses and postcodes of sites
 * @param staff staff who appear in posts with consent
 * @param identifierPatterns extra identifier formats (e.g. the trust's MRN), by name, as RE2
 *     regular expressions
 * @param allow words and phrases never reported as privacy findings
 * @param deny words and phrases always reported (code names of patients, internal system names)
 * @param locale house style, e.g. {@code en-GB} or {@code en-US}
 * @param platforms platforms the organisation publishes on
 * @param disabledRules rule ids that do not run
 * @param severities severity overrides by rule id
 * @param requireWelsh true when posts must be bilingual (Welsh public bodies)
 * @param extend extra terms and exceptions for bundled rules, by rule id, without editing the
 *     bundled packs
 */
public record OrganisationProfile(
    String name,
    List<String> organisationNames,
    List<String> handles,
    List<String> phoneNumbers,
    List<String> emails,
    List<String> addresses,
    List<String> staff,
    Map<String, String> identifierPatterns,
    List<String> allow,
    List<String> deny,
    String locale,
    List<String> platforms,
    List<String> disabledRules,
    Map<String, String> severities,
    boolean requireWelsh,
    Map<String, RuleExtension> extend) {

  /**
   * Additions to one rule: more terms it flags and more exception phrases it lets pass.
   *
   * @param terms extra terms or phrases, in the rule's own term syntax
   * @param exceptions extra exception phrases
   */
  public record RuleExtension(List<String> terms, List<String> exceptions) {
    public RuleExtension {
      terms = terms == null ? List.of() : List.copyOf(terms);
      exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }
  }

  public OrganisationProfile {
    name = Objects.requireNonNullElse(name, "");
    organisationNames = copy(organisationNames);
    handles = copy(handles);
    phoneNumbers = copy(phoneNumbers);
    emails = copy(emails);
    addresses = copy(addresses);
    staff = copy(staff);
    identifierPatterns = identifierPatterns == null ? Map.of() : Map.copyOf(identifierPatterns);
    allow = copy(allow);
    deny = copy(deny);
    locale = locale == null || locale.isBlank() ? "en-GB" : locale;
    platforms = copy(platforms);
    disabledRules = copy(disabledRules);
    severities = severities == null ? Map.of() : Map.copyOf(severities);
    extend = extend == null ? Map.of() : Map.copyOf(extend);
  }

  private static List<String> copy(List<String> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** No organisation details, house style en-GB. */
  public static OrganisationProfile none() {
    return new OrganisationProfile(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, false,
        null);
  }

  /**
   * The policy this profile asks for: its disabled rules and severity overrides on top of {@code
   * base}.
   */
  public Policy applyTo(Policy base) {
    Policy p = base.disable(disabledRules);
    for (Map.Entry<String, String> e : severities.entrySet()) {
      p = p.withSeverity(e.getKey(), Severity.fromId(e.getValue()));
    }
    return p;
  }
}
