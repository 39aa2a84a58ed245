package org.healthsocialtools.web.page;

/**
 * A tiny HTML builder that escapes everything it is given except {@link #raw} markup written in this package.
 * Every piece of user or rule text goes through {@link #text} or {@link #attr}, so markup in a draft is shown as
 * text and never parsed.
 */
final class Html {

  private final StringBuilder b = new StringBuilder(4096);

  /** Markup written by this package, never user input. */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Escaped text content. */
  Html text(String s) {
    escape(b, s);
    return this;
  }

  /** Escaped text content of part of a string. */
  Html text(String s, int start, int end) {
    escape(b, s.subSequence(start, end));
    return this;
  }

  /** {@code name="value"} with a leading space, the value escaped. */
  Html attr(String name, Object value) {
    b.append(' ').append(name).append("=\"");
    escape(b, String.valueOf(value));
    b.append('"');
    return this;
  }

  /** {@code <tag class="cls">text</tag>}, the text escaped. */
  Html el(String tag, String cls, String text) {
    b.append('<').append(tag);
    if (cls != null) {
      attr("class", cls);
    }
    b.append('>');
    escape(b, text);
    b.append("</").append(tag).append('>');
    return this;
  }

  static String escape(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escape(out, s);
    return out.toString();
  }

  private static void escape(StringBuilder out, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
