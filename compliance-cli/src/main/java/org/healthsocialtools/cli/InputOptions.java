package org.healthsocialtools.cli;

import java.nio.file.Path;
import org.healthsocialtools.cli.input.Inputs;
import picocli.CommandLine.Option;

/** Options about what to read and how to check it, shared by {@code check} and {@code baseline}. */
final class InputOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Project file (default: the nearest hst.yml from the working directory up).")
  Path config;

  @Option(names = "--no-config", description = "Ignore any hst.yml.")
  boolean noConfig;

  @Option(
      names = {"-p", "--platform"},
      description =
          "Platform for posts that do not name one (x, facebook,"
              + " instagram, linkedin, threads, bluesky, mastodon), or all. Default: the platforms of hst.yml, else of the"
              + " profile, else all: each platform's limits apply and a limit finding names its platform.")
  String platform;

  @Option(names = "--locale", description = "House style, e.g. en-GB or en-US (default en-GB).")
  String locale;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "Organisation profile (YAML); overrides the 'profile' of hst.yml.")
  String profile;

  @Option(
      names = "--columns",
      paramLabel = "ROLE=HEADER,...",
      description =
          "Calendar columns by header name or 1-based number, e.g. text=Message,platform=Network,"
              + "id=Post ID,date=Publish date (roles: text, platform, id, date, link, media, alt, inreplyto).")
  String columns;

  @Option(
      names = "--input-format",
      defaultValue = "auto",
      description =
          "Read every input as: ${COMPLETION-CANDIDATES} (default: by extension; standard input: JSON"
              + " Lines, a JSON array or text by its first character).")
  Inputs.Format inputFormat;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Character encoding of the input files, e.g. windows-1252 (default: UTF-8; a calendar or text"
              + " file in a legacy encoding such as Excel's Windows-1252 is detected and read with a warning).")
  String encoding;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Threads that check posts (default: one per core).")
  Integer jobs;
}
