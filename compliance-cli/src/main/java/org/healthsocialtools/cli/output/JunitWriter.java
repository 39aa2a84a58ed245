package org.healthsocialtools.cli.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.healthsocialtools.Finding;
import org.healthsocialtools.Severity;
import org.healthsocialtools.cli.input.InputItem;
import org.healthsocialtools.cli.run.Checked;

/**
 * JUnit XML as Jenkins (JUnit plugin) and GitLab (artifacts:reports:junit) read it: one {@code
 * <testsuite name="hst">}, one {@code <testcase>} per post (classname the file, name the location
 * and id). A post that fails the run (by {@code --fail-on}, accepted and baseline findings left
 * out) has a {@code <failure>} listing the findings that count; other findings go to {@code
 * <system-out>}; an input problem is an {@code <error>} test case. The suite's counts come first in
 * the XML, so test cases are spooled to a temporary file and copied after them: memory stays
 * constant however many posts there are.
 */
public final class JunitWriter implements ReportWriter {

  private final Writer out;
  private final Severity threshold;
  private final Path spool;
  private final Writer spoolOut;
  private final XMLStreamWriter x;
  private int tests;
  private int failures;
  private int errors;

  /**
   * @param threshold the {@code --fail-on} severity, {@code null} for never
   */
  public JunitWriter(Writer out, Severity threshold) throws IOException {
    this.out = out;
    this.threshold = threshold;
    this.spool = Files.createTempFile("hst-junit", ".xml");
    spool.toFile().deleteOnExit();
    this.spoolOut =
        new BufferedWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8), 1 << 16);
    try {
      this.x = XMLOutputFactory.newFactory().createXMLStreamWriter(spoolOut);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void write(Checked c) throws IOException {
    InputItem item = c.item();
    tests++;
    try {
      x.writeCharacters("\n    ");
      x.writeStartElement("testcase");
      x.writeAttribute("classname", clean(item.file()));
      x.writeAttribute("name", clean(item.location() + (item.idGiven() ? " " + item.id() : "")));
      x.writeAttribute("file", clean(item.file()));
      if (item.line() > 0) {
        x.writeAttribute("line", Integer.toString(item.line()));
      }
      x.writeAttribute("time", "0");
      if (c.isError()) {
        errors++;
        x.writeStartElement("error");
        x.writeAttribute("message", clean(item.error()));
        x.writeAttribute("type", "input");
        x.writeEndElement();
      } else {
        StringBuilder counted = new StringBuilder();
        StringBuilder other = new StringBuilder();
        boolean failed = c.failsAt(threshold);
        int n = 0;
        for (Checked.Flagged f : c.findings()) {
          boolean counts = Checked.counts(f, threshold);
          (counts ? counted : other).append(line(f, Position.of(item, f.finding())));
          n += counts ? 1 : 0;
        }
        if (failed) {
          failures++;
          x.writeCharacters("\n      ");
          x.writeStartElement("failure");
          x.writeAttribute(
              "message", c.verdict().id() + ": " + n + (n == 1 ? " finding" : " findings"));
          x.writeAttribute("type", c.verdict().id());
          x.writeCharacters(clean(counted.toString()));
          x.writeEndElement();
        }
        if (other.length() > 0) {
          x.writeCharacters("\n      ");
          x.writeStartElement("system-out");
          x.writeCharacters(clean(other.toString()));
          x.writeEndElement();
        }
        if (failed || other.length() > 0) {
          x.writeCharacters("\n    ");
        }
      }
      x.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static String line(Checked.Flagged flagged, Position p) {
    Finding f = flagged.finding();
    StringBuilder b = new StringBuilder();
    b.append("line ").append(p.line());
    if (p.column() > 0) {
      b.append(" col ").append(p.column());
    }
    b.append(": ")
        .append(f.severity().id())
        .append(' ')
        .append(f.ruleId())
        .append(": ")
        .append(f.message());
    if (f.suggestion() != null) {
      b.append(" Fix: ").append(f.suggestion());
    }
    if (flagged.suppressed()) {
      b.append(
          flagged.suppression().accepted()
              ? " [accepted: " + flagged.suppression().reason() + "]"
              : " [in baseline]");
    }
    return b.append('\n').toString();
  }

  @Override
  public void finish(Summary summary) throws IOException {
    try {
      x.writeCharacters("\n  ");
      x.flush();
      x.close();
      spoolOut.close();
      XMLStreamWriter h = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      h.writeStartDocument("UTF-8", "1.0");
      h.writeCharacters("\n");
      h.writeStartElement("testsuites");
      counts(h);
      h.writeCharacters("\n  ");
      h.writeStartElement("testsuite");
      h.writeAttribute("name", "hst");
      counts(h);
      h.writeAttribute("skipped", "0");
      h.writeCharacters(""); // closes the start tag so the spooled cases can follow
      h.flush();
      try (BufferedReader r = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
        r.transferTo(out);
      }
      out.write("</testsuite>\n</testsuites>\n");
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private void counts(XMLStreamWriter h) throws XMLStreamException {
    h.writeAttribute("tests", Integer.toString(tests));
    h.writeAttribute("failures", Integer.toString(failures));
    h.writeAttribute("errors", Integer.toString(errors));
    h.writeAttribute("time", "0");
  }

  /** XML 1.0 cannot hold most control characters even escaped: they become U+FFFD. */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || Character.isSurrogate(c);
      if (!ok && b == null) {
        b = new StringBuilder(s.substring(0, i));
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }
}
