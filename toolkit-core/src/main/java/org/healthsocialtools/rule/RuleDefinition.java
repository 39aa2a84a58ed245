package org.healthsocialtools.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.healthsocialtools.Kind;
import org.healthsocialtools.Severity;

/**
 * The metadata of a rule written in Java, kept on the class the way Error Prone keeps
 * {@code @BugPattern}. See {@link RuleInfo} for the meaning of each element. Examples use the
 * {@link Example} marking; an example may start with {@code {platform=x}} or {@code {locale=cy}} to
 * set the post's platform or locale.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {
  String id();

  Kind kind();

  Severity severity();

  String summary();

  String message();

  String suggestion() default "";

  String guidance();

  String locale() default "any";

  String source() default "";

  /** Optional longer explanation for the catalogue and the rules page; never shown on a finding. */
  String description() default "";

  /**
   * Guidance for readers in particular countries, where {@link #guidance()} is another country's:
   * each entry is {@code "GB https://... Short name of the guidance"} (ISO 3166 code, URL,
   * citation). See {@link RuleInfo#citationFor}.
   */
  String[] regional() default {};

  /** Examples the rule must flag, with {@code [[...]]} around each expected span. */
  String[] flags();

  /** Examples the rule must pass. */
  String[] passes();
}
