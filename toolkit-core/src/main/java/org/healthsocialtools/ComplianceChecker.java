package org.healthsocialtools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.healthsocialtools.internal.CheckEngine;
import org.healthsocialtools.internal.nlp.Models;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.rule.RuleContext;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.RuleProvider;

/**
 * Checks draft posts for patient-privacy risks and tone. Build one with {@link #builder()}, keep
 * it, and call {@link #check(Post)} from as many threads as you like: a checker is immutable and
 * thread-safe. Building loads the rule packs and NLP models (a second or so); checking a post takes
 * well under a millisecond.
 *
 * <pre>{@code
 * try (ComplianceChecker checker = ComplianceChecker.builder().build()) {
 *   Report report = checker.check(Post.of("Get well soon Edna in bay 3!").withPlatform(Platform.X));
 *   report.verdict();   // BLOCK
 * }
 * }</pre>
 *
 * The bundled rules hold no thread or file; {@link #close()} calls {@link Rule#close()} on every
 * rule once, so that rules that acquire resources release them, and a closed checker refuses to
 * check. Use try-with-resources or close it on shutdown.
 */
public final class ComplianceChecker implements AutoCloseable {

  /**
   * Longest post checked by default, in UTF-16 code units: far above every platform's limit
   * (LinkedIn: 3,000).
   */
  public static final int DEFAULT_MAX_POST_LENGTH = 100_000;

  private final CheckEngine engine;
  private final List<RuleInfo> rules;
  private final Map<String, RuleInfo> byId;
  private final Policy policy;
  private final int maxPostLength;

  private ComplianceChecker(
      CheckEngine engine, List<RuleInfo> rules, Policy policy, int maxPostLength) {
    this.engine = engine;
    this.maxPostLength = maxPostLength;
    this.rules = List.copyOf(rules);
    Map<String, RuleInfo> m = new HashMap<>();
    for (RuleInfo r : rules) {
      m.put(r.id(), r);
    }
    this.byId = Map.copyOf(m);
    this.policy = policy;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks one post. Never returns {@code null}; the report's findings index {@code post.text()}.
   *
   * @throws IllegalArgumentException if the text plus the comment it replies to ({@link
   *     Post#inReplyTo}) is longer than {@link #maxPostLength()}; the message gives the length and
   *     the limit, never the text
   */
  public Report check(Post post) {
    requireCheckable(post);
    return engine.check(post);
  }

  /**
   * Checks a post that may be published on any of {@code platforms}: when the post names no
   * platform, each platform's limits apply (a limit finding names its platform) while the text is
   * analysed and every other rule run once. A post that names its platform is checked for that
   * platform only, as by {@link #check(Post)}.
   *
   * @throws IllegalArgumentException as {@link #check(Post)}
   */
  public Report check(Post post, Collection<Platform> platforms) {
    requireCheckable(post);
    return engine.check(post, List.copyOf(platforms));
  }

  private void requireCheckable(Post post) {
    Objects.requireNonNull(post, "post");
    int length = post.checkedLength();
    if (length > maxPostLength) {
      String what =
          post.inReplyTo() == null ? "post is " : "post and the comment it replies to are ";
      throw new IllegalArgumentException(
          what
              + length
              + " characters long; the limit is "
              + maxPostLength
              + " (ComplianceChecker.Builder.maxPostLength)");
    }
  }

  /** Checks text written for no particular platform. */
  public Report check(String text) {
    return check(Post.of(text));
  }

  /** The rules this checker runs (disabled rules left out), in run order. */
  public List<RuleInfo> rules() {
    return rules;
  }

  public Optional<RuleInfo> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Longest post text {@link #check(Post)} accepts, in UTF-16 code units (Java {@code
   * String.length()}); the comment a reply answers counts towards it.
   */
  public int maxPostLength() {
    return maxPostLength;
  }

  /** The policy in force: default severities changed by overrides, and the verdict rule. */
  public Policy policy() {
    return policy;
  }

  /**
   * Closes every rule once; later calls do nothing. {@link #check} then throws {@link
   * IllegalStateException}.
   */
  @Override
  public void close() {
    engine.close();
  }

  /** Configures a checker. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private OrganisationProfile profile = OrganisationProfile.none();
    private String locale;
    private Policy policy = Policy.standard();
    private final List<Rule> rules = new ArrayList<>();
    private final List<RuleProvider> providers = new ArrayList<>();
    private boolean serviceLoader = true;
    private int maxPostLength = DEFAULT_MAX_POST_LENGTH;

    private Builder() {}

    /**
     * Longest post text to accept (default {@value ComplianceChecker#DEFAULT_MAX_POST_LENGTH});
     * longer posts are refused with an {@link IllegalArgumentException} rather than checked.
     * Checking time grows linearly with length, so the limit bounds the time and memory one request
     * can take.
     */
    public Builder maxPostLength(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("maxPostLength must be positive, not " + chars);
      }
      this.maxPostLength = chars;
      return this;
    }

    /**
     * The organisation's profile: its own contacts, allow and deny lists, disabled rules and
     * severities.
     */
    public Builder profile(OrganisationProfile p) {
      this.profile = Objects.requireNonNull(p, "profile");
      return this;
    }

    /** House style such as {@code en-GB} or {@code en-US}; defaults to the profile's locale. */
    public Builder locale(String l) {
      this.locale = l;
      return this;
    }

    /** Severity overrides and disabled rules, on top of the profile's. */
    public Builder policy(Policy p) {
      this.policy = Objects.requireNonNull(p, "policy");
      return this;
    }

    public Builder addRule(Rule r) {
      rules.add(Objects.requireNonNull(r, "rule"));
      return this;
    }

    public Builder addRules(Collection<? extends Rule> rs) {
      rs.forEach(this::addRule);
      return this;
    }

    public Builder addProvider(RuleProvider p) {
      providers.add(Objects.requireNonNull(p, "provider"));
      return this;
    }

    /**
     * Whether to load rule providers found on the classpath, such as the bundled packs of {@code
     * compliance-rules} (default true). Turn off to run only the rules given here.
     */
    public Builder useClasspathProviders(boolean on) {
      this.serviceLoader = on;
      return this;
    }

    /**
     * @throws IllegalStateException if two rules share an id
     * @throws UnknownRuleIdException if the policy or profile names a rule id that no rule has
     * @throws org.healthsocialtools.rule.RulePackException if a rule pack is invalid
     */
    public ComplianceChecker build() {
      String house = locale != null ? locale : profile.locale();
      RuleContext ctx = new RuleContext(profile, house);
      List<RuleProvider> all = new ArrayList<>(providers);
      if (serviceLoader) {
        ServiceLoader.load(RuleProvider.class, ComplianceChecker.class.getClassLoader())
            .forEach(all::add);
      }
      Map<String, String> origin = new HashMap<>();
      List<Rule> chosen = new ArrayList<>();
      Policy effective = profile.applyTo(policy);
      for (RuleProvider p : all) {
        for (Rule r : p.rules(ctx)) {
          add(r, p.name(), origin, chosen, effective);
        }
      }
      for (Rule r : rules) {
        add(r, "builder", origin, chosen, effective);
      }
      requireKnownIds(effective, origin.keySet());
      Models.warmUp();
      List<RuleInfo> infos = chosen.stream().map(Rule::info).toList();
      return new ComplianceChecker(
          new CheckEngine(chosen, effective, house), infos, effective, maxPostLength);
    }

    /**
     * @throws UnknownRuleIdException if the policy disables or re-grades a rule no provider gave
     */
    private static void requireKnownIds(Policy policy, java.util.Set<String> known) {
      java.util.Set<String> named = new java.util.TreeSet<>(policy.disabled());
      named.addAll(policy.overrides().keySet());
      List<String> unknown = new ArrayList<>();
      Map<String, String> nearest = new HashMap<>();
      for (String id : named) {
        if (!known.contains(id)) {
          unknown.add(id);
          String n = org.healthsocialtools.internal.NearestId.of(id, known);
          if (n != null) {
            nearest.put(id, n);
          }
        }
      }
      if (!unknown.isEmpty()) {
        throw new UnknownRuleIdException(unknown, nearest);
      }
    }

    private static void add(
        Rule r, String from, Map<String, String> origin, List<Rule> chosen, Policy policy) {
      String id = r.info().id();
      String before = origin.putIfAbsent(id, from);
      if (before != null) {
        throw new IllegalStateException(
            "rule id '" + id + "' comes from both " + before + " and " + from);
      }
      if (!policy.isDisabled(id)) {
        chosen.add(r);
      }
    }
  }
}
