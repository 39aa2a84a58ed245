package org.healthsocialtools.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Loads the server's connection and request limits from {@code hst-server-limits.properties}, where
 * each is explained. They are defaults: {@code application.properties}, the command line and the
 * environment override them (a {@code @PropertySource} has the lowest precedence).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:hst-server-limits.properties")
public class ServerLimits {}
