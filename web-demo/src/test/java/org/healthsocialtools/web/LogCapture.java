package org.healthsocialtools.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event at every enabled level, rendered with its exception, whatever the console shows
 * (the test console shows warnings and errors only). While attached it takes the console's place,
 * so that the errors a test provokes on purpose are read by the test rather than printed by a
 * passing build. Attach after the Spring context has started, since Spring Boot resets logging
 * while it starts.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  private final StringBuffer text = new StringBuffer();
  private final PatternLayout layout = new PatternLayout();
  private final Logger root;
  private final List<Appender<ILoggingEvent>> replaced = new ArrayList<>();

  private LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    setContext(context);
    layout.setContext(context);
    layout.setPattern("%level %logger %msg%n%ex");
    layout.start();
    start();
  }

  static LogCapture attach() {
    LogCapture capture = new LogCapture();
    capture.root.iteratorForAppenders().forEachRemaining(capture.replaced::add);
    capture.replaced.forEach(capture.root::detachAppender);
    capture.root.addAppender(capture);
    return capture;
  }

  @Override
  protected void append(ILoggingEvent event) {
    text.append(layout.doLayout(event));
  }

  String text() {
    return text.toString();
  }

  @Override
  public void close() {
    root.detachAppender(this);
    replaced.forEach(root::addAppender);
    stop();
  }
}
