package org.healthsocialtools.web.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds files written since a given time that hold any of some secret strings: draft text must
 * never reach disk.
 */
public final class NoDraftOnDisk {

  private static final long MAX_FILE = 8L << 20;
  private static final int MAX_DEPTH = 6;

  private NoDraftOnDisk() {}

  /**
   * Files under {@code dir} (at most six levels down, up to 8 MB each) modified at or after {@code
   * sinceMillis} whose content holds one of {@code secrets}, ignoring case. Unreadable files and
   * folders are skipped.
   */
  public static List<Path> filesHolding(Path dir, long sinceMillis, List<String> secrets)
      throws IOException {
    List<Path> found = new ArrayList<>();
    List<String> lower = secrets.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    Files.walkFileTree(
        dir,
        java.util.Set.of(),
        MAX_DEPTH,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            if (a.isRegularFile()
                && a.size() <= MAX_FILE
                && a.lastModifiedTime().toMillis() >= sinceMillis) {
              try {
                String s =
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT);
                if (lower.stream().anyMatch(s::contains)) {
                  found.add(file);
                }
              } catch (IOException | SecurityException e) {
                // unreadable (another user's file, or gone): it cannot be ours
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return found;
  }
}
