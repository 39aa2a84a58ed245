package org.healthsocialtools.cli.output;

/** Test access to package-private escaping. */
public final class GithubWriterAccess {
  private GithubWriterAccess() {}

  public static String prop(String s) {
    return GithubWriter.prop(s);
  }
}
