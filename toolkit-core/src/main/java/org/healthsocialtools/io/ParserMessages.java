package org.healthsocialtools.io;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON or YAML parser's message made safe to print: its first line, with every quoted value
 * longer than one character replaced by {@code '...'}. Parsers quote the offending token or value
 * ({@code Unrecognized token 'Edna'}, {@code from String "Get well soon Edna"}), and in a post
 * file, a calendar, a project file's accepted text or a profile's staff list that value can be
 * draft text or a name. Type names in backticks, the literal tokens {@code null}, {@code true} and
 * {@code false}, and the key names of an {@code Unrecognized field} message (keys, not values) are
 * kept.
 */
public final class ParserMessages {

  private static final Pattern QUOTED = Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"");
  private static final Set<String> KEEP = Set.of("null", "true", "false");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,40}");

  private ParserMessages() {}

  /**
   * The first line of {@code message} without quoted values; {@code "syntax error"} for {@code
   * null}.
   */
  public static String safe(String message) {
    if (message == null || message.isBlank()) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    boolean keys = first.startsWith("Unrecognized field ");
    Matcher m = QUOTED.matcher(first);
    StringBuilder b = new StringBuilder(first.length());
    while (m.find()) {
      String v = m.group(1) != null ? m.group(1) : m.group(2);
      String q = m.group(1) != null ? "'" : "\"";
      boolean keep = v.length() <= 1 || KEEP.contains(v) || keys && KEY.matcher(v).matches();
      m.appendReplacement(b, Matcher.quoteReplacement(keep ? m.group() : q + "..." + q));
    }
    m.appendTail(b);
    return b.toString().replace("Unrecognized token '...'", "Unrecognized token");
  }
}
