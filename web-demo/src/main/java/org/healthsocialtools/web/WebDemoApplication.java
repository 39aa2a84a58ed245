package org.healthsocialtools.web;

import org.healthsocialtools.web.check.EarlyChecker;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The web demo: a page and a JSON API over one shared {@link
 * org.healthsocialtools.ComplianceChecker}. It has no rule logic of its own. Run with {@code java
 * -jar web-demo/target/web-demo.jar} (port 8080, {@code --server.port=N} to change).
 */
@SpringBootApplication
@EnableConfigurationProperties(WebDemoProperties.class)
public class WebDemoApplication {

  /** The default of {@code hst.web.locale}; see {@link WebDemoProperties}. */
  static final String DEFAULT_LOCALE = "en-GB";

  public static void main(String[] args) {
    EarlyChecker.start(DEFAULT_LOCALE);
    SpringApplication.run(WebDemoApplication.class, args);
  }
}
