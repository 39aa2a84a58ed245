package org.healthsocialtools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Policy;
import org.healthsocialtools.Report;
import org.healthsocialtools.Severity;
import org.healthsocialtools.UnknownRuleIdException;
import org.healthsocialtools.cli.config.ConfigException;
import org.healthsocialtools.cli.config.ConfigLoader;
import org.healthsocialtools.cli.config.HstConfig;
import org.healthsocialtools.cli.config.YamlPlaces;
import org.healthsocialtools.cli.input.CsvLayout;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.input.Inputs;
import org.healthsocialtools.cli.input.Sources;
import org.healthsocialtools.cli.run.Checked;
import org.healthsocialtools.cli.run.Fingerprints;
import org.healthsocialtools.cli.run.OrderedPipeline;
import org.healthsocialtools.cli.run.Progress;
import org.healthsocialtools.cli.run.Suppressor;
import org.healthsocialtools.io.ProfileLoader;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.rule.RulePackException;

/**
 * One run of the checker over the inputs: the project file and options merged (options win), the
 * checker built, the sources expanded, and the pipeline that checks them in parallel and hands
 * results back in input order.
 */
final class Session implements AutoCloseable {

  /** The {@code --platform} value that checks posts naming no platform against every platform. */
  static final String ALL = "all";

  final HstConfig.Project project;
  final ComplianceChecker checker;
  final List<Sources.Source> sources;
  final Inputs.Options inputOptions;
  private Suppressor suppressor = Suppressor.none();

  /** Platforms a post naming none is checked against (empty when {@code --platform} names one). */
  private final List<Platform> defaultPlatforms;

  private final int jobs;
  private final AtomicLong bytesRead = new AtomicLong();

  private Session(
      HstConfig.Project project,
      ComplianceChecker checker,
      List<Sources.Source> sources,
      Inputs.Options inputOptions,
      List<Platform> defaultPlatforms,
      int jobs) {
    this.project = project;
    this.checker = checker;
    this.sources = sources;
    this.inputOptions = inputOptions;
    this.defaultPlatforms = defaultPlatforms;
    this.jobs = jobs;
  }

  /**
   * @throws ConfigException for a bad project file or option, naming the place
   */
  static Session open(InputOptions o, List<String> files, CheckerFactory factory, PrintWriter err) {
    HstConfig.Project project = project(o);
    HstConfig c = project.values();
    Platform platform =
        o.platform != null && !ALL.equalsIgnoreCase(o.platform.strip())
            ? platform(o.platform, "--platform")
            : null;
    Map<CsvLayout.Role, String> columns = new java.util.EnumMap<>(CsvLayout.Role.class);
    try {
      c.columns().forEach((k, v) -> columns.put(CsvLayout.role(k), v));
      columns.putAll(CsvLayout.parseColumns(o.columns));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    Policy policy = Policy.standard().disable(c.disable());
    for (Map.Entry<String, Severity> e : c.severities().entrySet()) {
      policy = policy.withSeverity(e.getKey(), e.getValue());
    }
    List<String> args = files == null || files.isEmpty() ? c.include() : files;
    if (args.isEmpty()) {
      throw new ConfigException(
          "no FILE given and no 'include' in "
              + project.name()
              + ": name files, directories or globs to check, or - for standard input");
    }
    if (files == null || files.isEmpty()) { // include paths are relative to the project file
      List<String> resolved = new ArrayList<>();
      for (String a : args) {
        resolved.add(project.file() == null ? a : Sources.relative(project.dir().resolve(a)));
      }
      args = resolved;
    }
    List<Sources.Source> sources = Sources.expand(args, project.dir(), c.exclude());
    OrganisationProfile profile;
    try {
      profile =
          o.profile != null
              ? ProfileLoader.load(Path.of(o.profile))
              : ConfigLoader.profile(project);
    } catch (RulePackException e) {
      throw new ConfigException(e.getMessage());
    }
    List<Platform> defaults =
        platform != null ? List.of() : defaultPlatforms(o, c, project, profile);
    ComplianceChecker checker;
    try {
      checker = factory.create(profile, o.locale != null ? o.locale : c.locale(), policy);
    } catch (UnknownRuleIdException e) {
      throw new ConfigException(
          unknownIds(e, project, o.profile != null ? Path.of(o.profile) : profileFile(project)));
    }
    requireKnownAccepts(project, checker);
    int jobs = o.jobs != null && o.jobs > 0 ? o.jobs : Runtime.getRuntime().availableProcessors();
    return new Session(
        project,
        checker,
        sources,
        new Inputs.Options(
            platform,
            columns,
            o.inputFormat,
            encoding(o.encoding),
            w -> err.println("hst: warning: " + w)),
        defaults,
        jobs);
  }

  private static java.nio.charset.Charset encoding(String name) {
    if (name == null) {
      return null;
    }
    try {
      return java.nio.charset.Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "--encoding: unknown character encoding '"
              + name
              + "' (for example utf-8, windows-1252, iso-8859-1)");
    }
  }

  /**
   * One line per unknown id, each naming the file and line that wrote it and the nearest valid id.
   */
  private static String unknownIds(
      UnknownRuleIdException e, HstConfig.Project project, Path profileFile) {
    StringBuilder b = new StringBuilder();
    for (String id : e.ids()) {
      Path where =
          project.file() != null && YamlPlaces.lineOf(project.file(), id) > 0
              ? project.file()
              : profileFile != null && YamlPlaces.lineOf(profileFile, id) > 0
                  ? profileFile
                  : project.file() != null ? project.file() : profileFile;
      b.append(b.length() == 0 ? "" : "\nhst: ")
          .append(where == null ? "policy" : YamlPlaces.place(where, id))
          .append(": ")
          .append(UnknownRuleIdException.describe(id, e.nearest().get(id)))
          .append("; list the rule ids with 'hst rules'");
    }
    return b.toString();
  }

  /** The profile file hst.yml names by path, or {@code null} (none, or inline). */
  private static Path profileFile(HstConfig.Project project) {
    var p = project.values().profile();
    return p != null && p.isTextual() ? project.dir().resolve(p.asText()) : null;
  }

  /**
   * An {@code accept} entry naming a rule that does not exist would never match: refuse it like a
   * bad key.
   */
  private static void requireKnownAccepts(HstConfig.Project project, ComplianceChecker checker) {
    Set<String> known = new HashSet<>(checker.policy().disabled());
    checker.rules().forEach(r -> known.add(r.id()));
    List<HstConfig.Accept> accepts = project.values().accept();
    for (int i = 0; i < accepts.size(); i++) {
      String id = accepts.get(i).rule();
      if (id != null && !known.contains(id)) {
        throw new ConfigException(
            YamlPlaces.place(project.file(), id)
                + ": accept["
                + (i + 1)
                + "]: "
                + UnknownRuleIdException.describe(id, UnknownRuleIdException.nearest(id, known))
                + "; list the rule ids with 'hst rules'");
      }
    }
  }

  private static HstConfig.Project project(InputOptions o) {
    Path cwd = Path.of("").toAbsolutePath();
    if (o.noConfig) {
      return new HstConfig.Project(cwd, null, HstConfig.empty());
    }
    Path file = o.config != null ? o.config : ConfigLoader.find(cwd);
    if (o.config != null && !Files.isRegularFile(o.config)) {
      throw new ConfigException(o.config + ": no such file");
    }
    return file == null
        ? new HstConfig.Project(cwd, null, HstConfig.empty())
        : ConfigLoader.load(file);
  }

  /**
   * What a post naming no platform is checked against: every platform, when asked with {@code
   * --platform all}; else the {@code platforms} of hst.yml, else the profile's, else every platform
   * (as the web page counts them). A draft with no platform is still going somewhere: holding it to
   * no limit would pass a 426-character tweet.
   */
  private static List<Platform> defaultPlatforms(
      InputOptions o, HstConfig c, HstConfig.Project project, OrganisationProfile profile) {
    if (o.platform == null) {
      if (!c.platforms().isEmpty()) {
        return platforms(c.platforms(), project.name() + ": platforms");
      }
      if (!profile.platforms().isEmpty()) {
        return platforms(profile.platforms(), "profile: platforms");
      }
    }
    return List.of(Platform.values());
  }

  private static List<Platform> platforms(List<String> names, String where) {
    List<Platform> out = new ArrayList<>();
    for (String name : names) {
      Platform p = platform(name, where);
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  private static Platform platform(String name, String where) {
    try {
      return Platform.fromId(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": " + e.getMessage());
    }
  }

  /** Sets accept entries and baseline fingerprints (before {@link #run}). */
  void suppress(Set<String> baseline) {
    suppressor = new Suppressor(project.values().accept(), baseline);
  }

  Suppressor suppressor() {
    return suppressor;
  }

  List<RuleInfo> rules() {
    return checker.rules();
  }

  /** Checks every input, calling {@code sink} in input order on this thread. */
  void run(OrderedPipeline.Sink<Checked> sink, Progress progress) throws Exception {
    new OrderedPipeline<InputItem, Checked>(jobs)
        .run(
            Inputs.items(sources, inputOptions, bytesRead),
            this::check,
            c -> {
              sink.accept(c);
              if (progress != null) {
                progress.tick();
              }
            });
    if (progress != null) {
      progress.finish();
    }
  }

  /** Runs on a worker thread. */
  private Checked check(InputItem item) {
    if (item.isError()) {
      return Checked.inputError(item);
    }
    Report r = checker.check(item.post(), defaultPlatforms);
    List<String> fps = Fingerprints.of(item, r.findings());
    List<Checked.Flagged> flagged = new ArrayList<>(fps.size());
    List<org.healthsocialtools.Finding> counting = new ArrayList<>();
    for (int i = 0; i < fps.size(); i++) {
      var f = r.findings().get(i);
      Checked.Suppression s = suppressor.of(item, f, fps.get(i));
      flagged.add(new Checked.Flagged(f, fps.get(i), s));
      if (s == null) {
        counting.add(f);
      }
    }
    return new Checked(item, r, flagged, checker.policy().verdict(counting));
  }

  AtomicLong bytesRead() {
    return bytesRead;
  }

  long totalBytes() {
    long n = 0;
    for (Sources.Source s : sources) {
      try {
        n += s.path() == null ? 0 : Files.size(s.path());
      } catch (java.io.IOException e) {
        // unreadable sources are reported when read
      }
    }
    return n;
  }

  @Override
  public void close() {
    checker.close();
  }
}
