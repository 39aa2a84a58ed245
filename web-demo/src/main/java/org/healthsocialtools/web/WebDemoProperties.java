package org.healthsocialtools.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code hst.web}.
 *
 * @param locale the house style the checker is built for ({@code en-GB}, {@code en-US})
 * @param maxBody the largest request body accepted; larger bodies get 413 with a problem detail
 * @param maxBatch the most posts one batch request may hold
 */
@ConfigurationProperties("hst.web")
public record WebDemoProperties(
    @DefaultValue("en-GB") String locale,
    @DefaultValue("64KB") DataSize maxBody,
    @DefaultValue("100") int maxBatch) {}
