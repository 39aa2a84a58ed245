package org.healthsocialtools.web;

import org.healthsocialtools.web.http.QuietJsonConverter;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link QuietJsonConverter}, whose errors never quote the request body, in the JSON
 * converter's place. It runs after Spring Boot's own Jackson customizer, so it replaces that
 * converter rather than adding one in front of the others (which would, for instance, turn
 * springdoc's byte[] document into a base64 string).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  ServerHttpMessageConvertersCustomizer quietJsonConverter(JsonMapper mapper) {
    return builder -> builder.withJsonConverter(new QuietJsonConverter(mapper));
  }
}
