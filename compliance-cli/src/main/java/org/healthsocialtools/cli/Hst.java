package org.healthsocialtools.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hst} command. */
@Command(
    name = "hst",
    mixinStandardHelpOptions = true,
    versionProvider = Hst.Version.class,
    description =
        "Health Social Tools: checks draft social media posts for patient-privacy risks and tone.",
    subcommands = {
      CheckCommand.class,
      BaselineCommand.class,
      RulesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing blocking (no post at or above the --fail-on severity)",
      "1:at least one post is blocked (or has a finding at the --fail-on severity)",
      "2:usage error, or an input that could not be read (other posts are still checked)"
    })
public final class Hst {

  public static final int OK = 0;
  public static final int BLOCKED = 1;
  public static final int INPUT_ERROR = 2;

  private Hst() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (for tests and embedding). */
  public static int run(String... args) {
    return run(CheckerFactory.DEFAULT, args);
  }

  /** Runs with the checker {@code factory} builds (the seam tests use to fix the rules). */
  static int run(CheckerFactory factory, String... args) {
    CommandLine.IFactory commands =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == CheckCommand.class) {
              return cls.cast(new CheckCommand(factory));
            }
            if (cls == BaselineCommand.class) {
              return cls.cast(new BaselineCommand(factory));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    CommandLine cl = new CommandLine(new Hst(), commands);
    cl.setExitCodeExceptionMapper(e -> INPUT_ERROR);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("hst: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try 'hst " + ex.getCommandLine().getCommandName() + " --help'.");
          return INPUT_ERROR;
        });
    return cl.execute(args);
  }

  /** The version from the jar manifest, {@code dev} when run from classes. */
  static String version() {
    String v = Hst.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hst " + version()};
    }
  }
}
