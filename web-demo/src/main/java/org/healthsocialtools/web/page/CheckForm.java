package org.healthsocialtools.web.page;

import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.Platform;
import org.healthsocialtools.web.check.CheckService;

/**
 * The draft form as the check template ({@code check.jte}) shows it.
 *
 * @param text the draft to show in the form
 * @param inReplyTo the comment or review the draft answers, shown back in its own box only (never
 *     in the results), or empty
 * @param platform the chosen platform id, or {@code all}
 * @param error a message about the form, or {@code null}
 * @param errorOnReply true when {@code error} is about the "Replying to" box (the draft and the
 *     comment are too long together), false when it is about the draft
 */
record CheckForm(
    String text, String inReplyTo, String platform, String error, boolean errorOnReply) {

  record Option(String value, String label) {}

  static final List<Option> PLATFORMS = platforms();

  private static List<Option> platforms() {
    List<Option> options = new ArrayList<>();
    options.add(new Option(CheckService.ALL, "All platforms"));
    for (Platform p : Platform.values()) {
      options.add(new Option(p.id(), Words.platform(p)));
    }
    return List.copyOf(options);
  }

  CheckForm {
    text = text == null ? "" : text;
    inReplyTo = inReplyTo == null ? "" : inReplyTo;
  }

  /** The form with no error. */
  CheckForm(String text, String inReplyTo, String platform) {
    this(text, inReplyTo, platform, null, false);
  }

  /** The message shown at the draft, or {@code null}. */
  String textError() {
    return errorOnReply ? null : error;
  }

  /** The message shown at the "Replying to" box, or {@code null}. */
  String replyError() {
    return errorOnReply ? error : null;
  }
}
