package org.healthsocialtools.cli.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into the files to read, in a stable order: {@code -} is standard input, a file
 * is itself, a directory is every calendar, JSON, text and Markdown file under it (hidden directories skipped),
 * and an argument with {@code * ? [ {} is a glob ({@code content/**}{@code /*.csv}) matched from its fixed prefix.
 * Exclude globs, relative to {@code base}, drop files found by walking; a file named outright is always read.
 */
public final class Sources {

  /** Extensions read when walking a directory. */
  static final List<String> EXTENSIONS =
      List.of(".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".txt", ".md", ".markdown");

  /**
   * One thing to read.
   *
   * @param display the name used in reports: relative to the working directory when under it, with
   *     {@code /}
   * @param path the file, or {@code null} for standard input
   * @param error why it cannot be read, or {@code null}
   */
  public record Source(String display, Path path, String error) {}

  private Sources() {}

  public static List<Source> expand(List<String> args, Path base, List<String> excludes) {
    List<PathMatcher> ex = new ArrayList<>();
    for (String g : excludes) {
      ex.add(matcher(g));
    }
    Path root = base.toAbsolutePath().normalize();
    List<Source> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        out.add(new Source("<stdin>", null, null));
        continue;
      }
      if (isGlob(arg)) {
        glob(arg, root, ex, out);
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        walk(p, root, ex, null, out, arg);
      } else if (Files.isRegularFile(p)) {
        out.add(new Source(display(p), p, null));
      } else {
        out.add(new Source(arg, null, "no such file"));
      }
    }
    return out;
  }

  /**
   * A glob matcher where a leading {@code **}{@code /} also matches no directory at all, as in
   * shells.
   */
  static PathMatcher matcher(String glob) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    if (!glob.startsWith("**/")) {
      return m;
    }
    PathMatcher rest = matcher(glob.substring(3));
    return p -> m.matches(p) || rest.matches(p);
  }

  private static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static void glob(String arg, Path root, List<PathMatcher> ex, List<Source> out) {
    String norm = arg.replace('\\', '/');
    int cut = norm.length();
    for (int i = 0; i < norm.length(); i++) {
      if ("*?[{".indexOf(norm.charAt(i)) >= 0) {
        cut = norm.lastIndexOf('/', i);
        break;
      }
    }
    Path dir = cut <= 0 ? Path.of(cut == 0 ? "/" : ".") : Path.of(norm.substring(0, cut));
    PathMatcher m = matcher(cut < 0 ? norm : norm.substring(cut + 1));
    int before = out.size();
    if (Files.isDirectory(dir)) {
      walk(dir, root, ex, m, out, arg);
    }
    if (out.size() == before) {
      out.add(new Source(arg, null, "no files match"));
    }
  }

  private static void walk(
      Path dir, Path root, List<PathMatcher> ex, PathMatcher match, List<Source> out, String arg) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .filter(p -> match != null ? match.matches(dir.relativize(p)) : readable(p))
          .filter(p -> !excluded(p, root, ex))
          .sorted()
          .forEach(p -> out.add(new Source(display(p), p, null)));
    } catch (IOException | UncheckedIOException e) {
      out.add(new Source(arg, null, "cannot list: " + e.getMessage()));
    }
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean readable(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  private static boolean excluded(Path p, Path root, List<PathMatcher> ex) {
    Path abs = p.toAbsolutePath().normalize();
    if (ex.isEmpty() || !abs.startsWith(root)) {
      return false;
    }
    Path rel = root.relativize(abs);
    return ex.stream().anyMatch(m -> m.matches(rel));
  }

  /** {@code p} as an argument: relative to the working directory when under it. */
  public static String relative(Path p) {
    return display(p);
  }

  /**
   * Relative to the working directory when under it, with forward slashes (SARIF and CI want that).
   */
  static String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : p;
    return shown.toString().replace('\\', '/');
  }
}
