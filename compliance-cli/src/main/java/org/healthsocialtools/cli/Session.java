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
import org.healthsocialtools.cli.config.ConfigException;
import org.healthsocialtools.cli.config.ConfigLoader;
import org.healthsocialtools.cli.config.HstConfig;
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
 * One run of the checker over the inputs: the project file and options merged (options win), the checker built,
 * the sources expanded, and the pipeline that checks them in parallel and hands results back in input order.
 */
final class Session implements AutoCloseable {

  final HstConfig.Project project;
  final ComplianceChecker checker;
  final List<Sources.Source> sources;
  final Inputs.Options inputOptions;
  private Suppressor suppressor = Suppressor.none();
  private final int jobs;
  private final AtomicLong bytesRead = new AtomicLong();

  private Session(HstConfig.Project project, ComplianceChecker checker, List<Sources.Source> sources,
      Inputs.Options inputOptions, int jobs) {
    this.project = project;
    this.checker = checker;
    this.sources = sources;
    this.inputOptions = inputOptions;
    this.jobs = jobs;
  }

  /**
   * @throws ConfigException for a bad project file or option, naming the place
   */
  static Session open(InputOptions o, List<String> files, CheckerFactory factory, PrintWriter err) {
    HstConfig.Project project = project(o);
    HstConfig c = project.values();
    Platform platform = o.platform != null ? platform(o.platform, "--platform") : strictest(c, project);
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
      throw new ConfigException("no FILE given and no 'include' in " + project.name()
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
      profile = o.profile != null ? ProfileLoader.load(Path.of(o.profile)) : ConfigLoader.profile(project);
    } catch (RulePackException e) {
      throw new ConfigException(e.getMessage());
    }
    ComplianceChecker checker = factory.create(profile, o.locale != null ? o.locale
        : c.locale(), policy);
    Set<String> known = new HashSet<>();
    checker.rules().forEach(r -> known.add(r.id()));
    for (String id : c.severities().keySet()) {
      if (!known.contains(id) && !c.disable().contains(id)) {
        err.println("hst: " + project.name() + ": severities: no rule '" + id + "' (see 'hst rules')");
      }
    }
    int jobs = o.jobs != null && o.jobs > 0 ? o.jobs : Runtime.getRuntime().availableProcessors();
    return new Session(project, checker, sources, new Inputs.Options(platform, columns, o.inputFormat), jobs);
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
    return file == null ? new HstConfig.Project(cwd, null, HstConfig.empty()) : ConfigLoader.load(file);
  }

  private static Platform strictest(HstConfig c, HstConfig.Project project) {
    Platform best = null;
    for (String name : c.platforms()) {
      Platform p = platform(name, project.name() + ": platforms");
      if (best == null || p.limit() < best.limit()) {
        best = p;
      }
    }
    return best;
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
    new OrderedPipeline<InputItem, Checked>(jobs).run(Inputs.items(sources, inputOptions, bytesRead), this::check,
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
    Report r = checker.check(item.post());
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
