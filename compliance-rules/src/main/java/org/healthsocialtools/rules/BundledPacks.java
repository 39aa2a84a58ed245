package org.healthsocialtools.rules;

import java.util.List;

/** The YAML packs under {@code src/main/resources/hst/packs/}, in load order. Keep sorted. */
final class BundledPacks {

  static final List<String> PACKS =
      List.of(
          // keep-sorted start
          "clarity.yaml",
          "platform.yaml",
          "privacy-identifiers.yaml",
          "privacy-patterns.yaml",
          "tone-claims.yaml",
          "tone-cy.yaml",
          "tone-es.yaml",
          "tone-inclusive.yaml",
          "tone-insensitive.yaml",
          "tone-it.yaml",
          "tone-promotion.yaml",
          "tone-safe-messaging.yaml",
          "tone-stigma.yaml",
          "tone-unprofessional.yaml"
          // keep-sorted end
          );

  private BundledPacks() {}
}
