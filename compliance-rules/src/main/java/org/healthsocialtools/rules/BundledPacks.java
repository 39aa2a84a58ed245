package org.healthsocialtools.rules;

import java.util.List;

/** The YAML packs under {@code src/main/resources/hst/packs/}, in load order. Keep sorted. */
final class BundledPacks {

  static final List<String> PACKS = List.of(
      // keep-sorted start
      "platform.yaml",
      "privacy-patterns.yaml",
      "tone-stigma.yaml"
      // keep-sorted end
  );

  private BundledPacks() {}
}
