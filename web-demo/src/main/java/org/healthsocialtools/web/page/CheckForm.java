package org.healthsocialtools.web.page;

import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.Platform;
import org.healthsocialtools.web.check.CheckService;

/**
 * The draft form as the check template ({@code check.jte}) shows it.
 *
 * @param text the draft to show in the form
 * @param platform the chosen platform id, or {@code all}
 * @param error a message about the form, or {@code null}
 */
record CheckForm(String text, String platform, String error) {

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
  }
}
