package org.healthsocialtools.cli.input;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which column of a content calendar holds what. Headers are matched after lower-casing and
 * dropping everything but letters and digits, so {@code message_text}, {@code Message Text} and
 * {@code MESSAGE-TEXT} are one name. The names cover the bulk-scheduling templates of the common
 * social media management tools (Sprout Social {@code date, time_24hr, message_text, link}; Publer
 * {@code Date, Text, Link(s), Media URL(s)}; SocialBee {@code text, link, imageUrls,
 * postAtSpecificTime}; Buffer, Later, Sendible, Loomly and Meta Business Suite exports with {@code
 * Text/Caption/Message/Content}, {@code Network/Channel/Profile}) and Hootsuite's headerless
 * three-column bulk composer file (date and time, message, link). A reply's row may carry the
 * review or comment it answers ({@code In reply to}, {@code Comment}, {@code Review}). Any other
 * layout is named with {@code --columns}.
 */
public final class CsvLayout {

  /** What a column means to the checker. */
  public enum Role {
    TEXT,
    PLATFORM,
    ID,
    DATE,
    LINK,
    MEDIA,
    ALT_TEXT,
    IN_REPLY_TO
  }

  private static final Map<Role, List<String>> ALIASES =
      new EnumMap<>(
          Map.of(
              Role.TEXT,
                  List.of(
                      "message",
                      "messagetext",
                      "text",
                      "content",
                      "caption",
                      "post",
                      "posttext",
                      "postcontent",
                      "body",
                      "copy",
                      "tweet",
                      "status",
                      "update"),
              Role.PLATFORM,
                  List.of(
                      "network",
                      "networks",
                      "platform",
                      "platforms",
                      "channel",
                      "channels",
                      "socialnetwork",
                      "socialnetworks",
                      "service",
                      "profile",
                      "profiles",
                      "socialprofile",
                      "socialprofiles",
                      "account",
                      "accounts",
                      "page"),
              Role.ID,
                  List.of(
                      "id",
                      "postid",
                      "messageid",
                      "contentid",
                      "externalid",
                      "uid",
                      "ref",
                      "reference"),
              Role.DATE,
                  List.of(
                      "date",
                      "datetime",
                      "dateandtime",
                      "scheduleddate",
                      "scheduledat",
                      "scheduledtime",
                      "scheduledatetime",
                      "scheduledate",
                      "publishdate",
                      "publishat",
                      "publishtime",
                      "postingtime",
                      "posttime",
                      "postatspecifictime",
                      "sendtime",
                      "time24hr",
                      "time"),
              Role.LINK, List.of("link", "links", "url", "linkurl", "linkurls"),
              Role.MEDIA,
                  List.of(
                      "mediaurl",
                      "mediaurls",
                      "imageurl",
                      "imageurls",
                      "image",
                      "images",
                      "media",
                      "photo",
                      "photourl",
                      "video",
                      "videourl",
                      "videourls",
                      "gifurl",
                      "gifurls",
                      "picture"),
              Role.ALT_TEXT, List.of("alttext", "alt", "imagealttext", "mediaalttext", "alttexts"),
              // The review or comment a reply answers: context for the reply, never checked or
              // reported itself.
              Role.IN_REPLY_TO,
                  List.of(
                      "inreplyto",
                      "replyingto",
                      "replyto",
                      "comment",
                      "review",
                      "originalcomment",
                      "originalreview")));

  /**
   * A first cell that looks like Hootsuite's {@code 03/14/2025 09:30} marks a headerless Hootsuite
   * file.
   */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}([ T]\\d{1,2}:\\d{2}(:\\d{2})?\\s*([AaPp][Mm])?)?");

  private final Map<Role, Integer> columns;
  private final boolean headerless;

  private CsvLayout(Map<Role, Integer> columns, boolean headerless) {
    this.columns = columns;
    this.headerless = headerless;
  }

  /** The cell index of {@code role}, or -1. */
  public int column(Role role) {
    return columns.getOrDefault(role, -1);
  }

  /** True when the first record is already a post (Hootsuite's file has no header row). */
  public boolean headerless() {
    return headerless;
  }

  /**
   * Works out the layout from the first record.
   *
   * @param first the first record's cells
   * @param explicit {@code --columns} as role to header name (or 1-based column number); may be
   *     empty
   * @throws IllegalArgumentException naming what is missing (header names only, never cell content)
   */
  public static CsvLayout of(List<String> first, Map<Role, String> explicit) {
    Map<Role, Integer> cols = new EnumMap<>(Role.class);
    List<String> keys = new ArrayList<>();
    for (String h : first) {
      keys.add(key(h));
    }
    for (Map.Entry<Role, String> e : explicit.entrySet()) {
      String want = e.getValue().trim();
      int i = want.matches("\\d+") ? Integer.parseInt(want) - 1 : keys.indexOf(key(want));
      if (i < 0 || i >= first.size()) {
        throw new IllegalArgumentException(
            "--columns "
                + e.getKey().name().toLowerCase(Locale.ROOT)
                + "="
                + want
                + ": no such column ("
                + describe(first, keys)
                + ")");
      }
      cols.put(e.getKey(), i);
    }
    for (Role role : Role.values()) {
      if (cols.containsKey(role)) {
        continue;
      }
      for (String alias : ALIASES.get(role)) {
        int i = keys.indexOf(alias);
        if (i >= 0 && !cols.containsValue(i)) {
          cols.put(role, i);
          break;
        }
      }
    }
    if (cols.containsKey(Role.TEXT)) {
      return new CsvLayout(cols, false);
    }
    if (explicit.isEmpty()
        && first.size() >= 2
        && first.size() <= 3
        && DATE_TIME.matcher(first.get(0).trim()).matches()) {
      Map<Role, Integer> hootsuite = new EnumMap<>(Map.of(Role.DATE, 0, Role.TEXT, 1));
      if (first.size() == 3) {
        hootsuite.put(Role.LINK, 2);
      }
      return new CsvLayout(hootsuite, true);
    }
    throw new IllegalArgumentException(
        "no column holds the post text: expected a header such as Message, Text,"
            + " Content, Caption or Post, or name it with --columns text=HEADER ("
            + describe(first, keys)
            + ")");
  }

  /** Longest cell quoted back as a header name. */
  private static final int MAX_HEADER = 30;

  /**
   * The first row in words for an error message. Its cells are quoted only when the row is a header
   * (one of its cells is a known column name such as Date or Link) and each is short; otherwise the
   * first row may be a post (a calendar without a header row) and only its number of cells is
   * given, never its content.
   */
  private static String describe(List<String> first, List<String> keys) {
    boolean header = false;
    for (String k : keys) {
      for (List<String> aliases : ALIASES.values()) {
        header |= aliases.contains(k);
      }
    }
    if (header) {
      List<String> names = new ArrayList<>();
      for (String h : first) {
        String t = h.strip();
        names.add(t.length() <= MAX_HEADER ? t : "column " + (names.size() + 1));
      }
      return "header has: " + String.join(", ", names);
    }
    return "the first row has "
        + first.size()
        + (first.size() == 1 ? " cell" : " cells")
        + " and no known column name; a calendar needs a header row";
  }

  /** Parses {@code text=Message,platform=Network,id=Post ID}. */
  public static Map<Role, String> parseColumns(String spec) {
    Map<Role, String> m = new EnumMap<>(Role.class);
    if (spec == null || spec.isBlank()) {
      return m;
    }
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0 || eq == part.length() - 1) {
        throw new IllegalArgumentException(
            "--columns: expected role=Header, got '" + part.trim() + "'");
      }
      m.put(role(part.substring(0, eq)), part.substring(eq + 1).trim());
    }
    return m;
  }

  /**
   * A role by name: {@code text}, {@code platform}, {@code id}, {@code date}, {@code link}, {@code
   * media}, {@code alt}, {@code inreplyto}.
   */
  public static Role role(String name) {
    String k = key(name);
    for (Role r : Role.values()) {
      if (key(r.name()).equals(k) || (r == Role.ALT_TEXT && k.equals("alt"))) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown column role '"
            + name.trim()
            + "' (expected text, platform, id, date, link, media, alt or inreplyto)");
  }

  static String key(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
