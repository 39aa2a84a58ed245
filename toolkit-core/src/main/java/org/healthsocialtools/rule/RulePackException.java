package org.healthsocialtools.rule;

/**
 * A rule pack or profile that cannot be loaded. The message names the file, the line and the rule.
 */
public final class RulePackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RulePackException(String message) {
    super(message);
  }

  public RulePackException(String message, Throwable cause) {
    super(message, cause);
  }
}
