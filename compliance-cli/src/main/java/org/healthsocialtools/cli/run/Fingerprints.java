package org.healthsocialtools.cli.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.healthsocialtools.Finding;
import org.healthsocialtools.cli.input.InputItem;

/**
 * A finding's identity across runs: SHA-256 of the rule id, the covered text (NFKC, lower case,
 * spacing collapsed) and the post: its id when the input gives one, else its normalised text. Never
 * line numbers, so moving a row or adding posts above keeps every fingerprint; editing the flagged
 * words gives a new one. When one post has the same finding more than once, the second is {@code
 * ...:2}, and so on.
 */
public final class Fingerprints {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
          });

  private Fingerprints() {}

  /** Fingerprints of {@code findings} of the post in {@code item}, in the same order. */
  public static List<String> of(InputItem item, List<Finding> findings) {
    String post =
        item.idGiven() ? "id\u0000" + item.id() : "text\u0000" + normalise(item.post().text());
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String h =
          sha256(f.ruleId() + "\u0000" + normalise(f.text()) + "\u0000" + post).substring(0, 32);
      int n = seen.merge(h, 1, Integer::sum);
      out.add(n == 1 ? h : h + ":" + n);
    }
    return out;
  }

  /**
   * NFKC, lower case, runs of white space as one space, trimmed: how accept entries compare text
   * too.
   */
  public static String normalise(String s) {
    return SPACES
        .matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .trim();
  }

  private static String sha256(String s) {
    return HexFormat.of().formatHex(SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
