package org.healthsocialtools.cli.config;

/** A project file that cannot be used; the message names the file and line. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
