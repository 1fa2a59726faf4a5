package org.openv2v;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the platform at this run's test database. */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + TestDatabase.url(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=")
        .applyTo(context.getEnvironment());
  }
}
