package org.healthsocialtools.web.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version and licence. The version is the build's
 * (META-INF/build-info.properties, written by spring-boot-maven-plugin), so the document names the
 * release that serves it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

  static final String TITLE = "Health Social Tools API";

  @Bean
  OpenAPI openApi(ObjectProvider<BuildProperties> build) {
    BuildProperties b = build.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title(TITLE)
                .version(b == null ? "unversioned build" : b.getVersion())
                .description(
                    "Checks draft social-media posts by healthcare organisations for patient-privacy risks, tone, "
                        + "clarity, accessibility and platform limits. Paths under /api/v1; errors are RFC 9457 problem details. "
                        + "Drafts are never stored or logged.")
                .license(
                    new License()
                        .name("Apache-2.0")
                        .url("https://www.apache.org/licenses/LICENSE-2.0")));
  }
}
