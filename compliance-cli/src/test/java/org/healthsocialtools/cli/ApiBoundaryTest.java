package org.healthsocialtools.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The API boundary of toolkit-core, checked from this side: no class of this module (main or test)
 * may touch {@code org.healthsocialtools.internal}. The core's internals change without notice;
 * what this module needs from them belongs in the public API. Classes are read from this module's
 * own output directories, so the core's classes (on the class path as a directory in a reactor
 * build) are never mistaken for this module's.
 */
class ApiBoundaryTest {

  @Test
  void nothingHereTouchesTheCoreInternals() {
    JavaClasses classes =
        new ClassFileImporter()
            .importPaths(Path.of("target/classes"), Path.of("target/test-classes"));
    assertThat(classes).as("classes of this module, read from target/").isNotEmpty();
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.healthsocialtools.internal..")
        .because("toolkit-core exports its API packages only; see docs/api-boundary.md")
        .check(classes);
  }
}
