package org.healthsocialtools.web.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.io.ProfileLoader;
import org.healthsocialtools.rule.Rule;
import org.healthsocialtools.web.WebDemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The checkers the demo uses: one shared default checker, built at startup, and one per bundled
 * organisation profile ({@code classpath*:hst/profiles/*.yaml}), built on first use. Checkers are
 * thread-safe and closed when the application stops. {@link Rule} beans in the application context
 * are added to every checker, so a deployment (or a test) can add Java rules of its own.
 */
@Component
public class Checkers implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Checkers.class);

  private final ComplianceChecker standard;
  private final Map<String, Resource> profiles;
  private final Map<String, ComplianceChecker> byProfile = new ConcurrentHashMap<>();

  private final List<Rule> extraRules;
  private final String region;

  public Checkers(WebDemoProperties props, ObjectProvider<Rule> extraRules) {
    long t0 = System.nanoTime();
    int dash = props.locale().indexOf('-');
    this.region = dash < 0 ? "" : props.locale().substring(dash + 1);
    this.extraRules = extraRules.orderedStream().toList();
    ComplianceChecker early = EarlyChecker.take(props.locale());
    if (early != null && !this.extraRules.isEmpty()) {
      early.close();
      early = null;
    }
    this.standard =
        early != null
            ? early
            : ComplianceChecker.builder().locale(props.locale()).addRules(this.extraRules).build();
    this.profiles = findProfiles();
    LOG.info(
        "checker ready: {} rules, {} bundled profiles, built in {} ms",
        standard.rules().size(),
        profiles.size(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * The region of the configured locale ({@code GB} for {@code en-GB}), or empty: the readers'
   * country by default.
   */
  public String region() {
    return region;
  }

  /** The checker every request without a profile uses. */
  public ComplianceChecker standard() {
    return standard;
  }

  /** The names of the bundled profiles, sorted. */
  public java.util.Set<String> profileNames() {
    return profiles.keySet();
  }

  /** The checker for a bundled profile, or empty when there is no profile of that name. */
  public Optional<ComplianceChecker> forProfile(String name) {
    Resource r = profiles.get(name);
    if (r == null) {
      return Optional.empty();
    }
    return Optional.of(byProfile.computeIfAbsent(name, n -> build(r)));
  }

  private ComplianceChecker build(Resource r) {
    try (InputStream in = r.getInputStream()) {
      OrganisationProfile p = ProfileLoader.load(in, r.getFilename());
      return ComplianceChecker.builder().profile(p).addRules(extraRules).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Resource> findProfiles() {
    Map<String, Resource> found = new TreeMap<>();
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:hst/profiles/*.yaml")) {
        String file = r.getFilename();
        if (file != null) {
          found.put(file.substring(0, file.length() - ".yaml".length()), r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(found);
  }

  @Override
  public void close() {
    byProfile.values().forEach(ComplianceChecker::close);
    standard.close();
  }
}
