package org.openv2v.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DemoModeDefaultTests {

  @ParameterizedTest(name = "url={0} demo={1} prod={2} -> demo {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        // server url,                      openv2v.demo, prod,  resulting demo mode
        "-,                                 -,            false, true",
        "jdbc:postgresql://db:5432/openv2v, -,            false, false",
        "jdbc:postgresql://db:5432/openv2v, true,         false, true",
        "-,                                 false,        false, false",
        "-,                                 -,            true,  false",
        "jdbc:postgresql://db:5432/openv2v, -,            true,  false",
      })
  void should_default_demo_mode_to_the_embedded_database_outside_prod(
      String url, String demo, boolean prod, boolean expected) {
    MockEnvironment environment = environment(url, demo, prod);
    new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication());
    assertThat(environment.getProperty("openv2v.demo", Boolean.class)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {"-", "jdbc:postgresql://db:5432/openv2v"})
  void should_refuse_demo_mode_under_prod(String url) {
    MockEnvironment environment = environment(url, "true", true);
    assertThatThrownBy(
            () ->
                new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(EmbeddedDatabaseRefused.class)
        .hasMessageContaining("prod");
  }

  private static MockEnvironment environment(String url, String demo, boolean prod) {
    MockEnvironment environment = new MockEnvironment();
    if (url != null) {
      environment.setProperty("spring.datasource.url", url);
    }
    if (demo != null) {
      environment.setProperty("openv2v.demo", demo);
    }
    if (prod) {
      environment.setActiveProfiles("prod");
    }
    return environment;
  }
}
