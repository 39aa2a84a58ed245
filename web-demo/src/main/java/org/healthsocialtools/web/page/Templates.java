package org.healthsocialtools.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages' template engine: the templates of {@code src/main/jte}, compiled at build time by
 * jte-maven-plugin into this package (so that they can use its package-private view values),
 * escaping HTML by context. jte's Spring Boot starter finds this engine and resolves view names
 * such as {@code check} to its templates.
 */
@Configuration(proxyBeanMethods = false)
class Templates {

  @Bean
  TemplateEngine templateEngine() {
    return TemplateEngine.createPrecompiled(
        null, ContentType.Html, Templates.class.getClassLoader(), Templates.class.getPackageName());
  }
}
