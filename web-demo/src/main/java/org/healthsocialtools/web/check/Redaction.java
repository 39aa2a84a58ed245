package org.healthsocialtools.web.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.healthsocialtools.Category;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Kind;

/**
 * Redacts privacy findings: each span is replaced by a placeholder naming what was there ({@code [name]}, {@code
 * [NHS number]} is too specific, so {@code [number]}). The only redaction logic in the demo; when the core grows a
 * redaction API this class delegates to it.
 */
public final class Redaction {

  private Redaction() {}

  /** The placeholder that replaces a privacy finding of this kind. */
  public static String placeholder(Kind kind) {
    return switch (kind) {
      case PERSON -> "[name]";
      case IDENTIFIER -> "[number]";
      case CONTACT -> "[contact details]";
      case LOCATION -> "[place]";
      case DATE -> "[date]";
      case AGE -> "[age]";
      case HEALTH -> "[health detail]";
      case MEDIA -> "[image]";
      default -> throw new IllegalArgumentException(kind + " is not a privacy kind");
    };
  }

  /**
   * {@code text} with every privacy finding replaced by its placeholder. Overlapping findings are redacted as one
   * span, under the placeholder of the one that starts first (the longer one on a tie).
   */
  public static String safeVersion(String text, List<Finding> findings) {
    List<Finding> privacy = new ArrayList<>();
    for (Finding f : findings) {
      if (f.category() == Category.PRIVACY && f.end() <= text.length()) {
        privacy.add(f);
      }
    }
    if (privacy.isEmpty()) {
      return text;
    }
    privacy.sort(Comparator.comparing(Finding::span));
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int i = 0;
    while (i < privacy.size()) {
      Finding first = privacy.get(i);
      int start = Math.max(first.start(), copied);
      int end = first.end();
      for (i++; i < privacy.size() && privacy.get(i).start() < end; i++) {
        end = Math.max(end, privacy.get(i).end());
      }
      if (end <= start) {
        continue;
      }
      out.append(text, copied, start).append(placeholder(first.kind()));
      copied = end;
    }
    return out.append(text, copied, text.length()).toString();
  }
}
