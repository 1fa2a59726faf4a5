package org.openv2v.database;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Demo mode ({@code openv2v.demo}) is on by default on the embedded database, where a newcomer
 * wants a living network to look at, and off on a server. The prod profile never allows it: its
 * well-known passwords must not reach a real deployment.
 */
class DemoModeDefault implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    boolean server = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
    if (!environment.containsProperty("openv2v.demo")) {
      boolean demoByDefault = !server && !prod;
      environment
          .getPropertySources()
          .addLast(
              new MapPropertySource("openv2v-demo-default", Map.of("openv2v.demo", demoByDefault)));
    }
    boolean demo = environment.getProperty("openv2v.demo", Boolean.class, false);
    if (demo && prod) {
      throw new EmbeddedDatabaseRefused(
          "Demo mode is on under the prod profile.",
          "Remove openv2v.demo=true: demo users with well-known passwords never run in production.");
    }
  }
}
