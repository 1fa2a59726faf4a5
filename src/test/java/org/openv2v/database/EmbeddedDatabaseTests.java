package org.openv2v.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2v.OpenV2VApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform as a newcomer starts it: no server, an embedded PostgreSQL under a data folder. */
class EmbeddedDatabaseTests {

  @TempDir Path data;

  @Test
  void should_keep_its_data_across_a_restart_and_load_the_demo_only_once() {
    long demoCases;
    try (ConfigurableApplicationContext first = start()) {
      assertThat(first.getBean(DatabaseInUse.class).embedded()).isTrue();
      assertThat(first.getBean(DatabaseInUse.class).dataDirectory())
          .hasValue(data.resolve("postgres").toString());
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      demoCases = count(jdbc, "cases.patient_case");
      assertThat(demoCases).isGreaterThanOrEqualTo(20);
      jdbc.sql(
              "update cases.patient_case set patient_name = 'Renamed Before Restart'"
                  + " where reference = 'V2V-000001'")
          .update();
    }
    try (ConfigurableApplicationContext second = start()) {
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(count(jdbc, "cases.patient_case")).isEqualTo(demoCases);
      assertThat(
              jdbc.sql("select patient_name from cases.patient_case where reference = 'V2V-000001'")
                  .query(String.class)
                  .single())
          .isEqualTo("Renamed Before Restart");
    }
  }

  @Test
  void should_refuse_to_start_the_prod_profile_on_the_embedded_database() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(OpenV2VApplication.class)
                    .profiles("prod")
                    .run("--server.port=0", "--openv2v.data-dir=" + data, "--logging.file.name="))
        .hasRootCauseInstanceOf(EmbeddedDatabaseRefused.class)
        .rootCause()
        .hasMessageContaining("no PostgreSQL server is configured");
  }

  private ConfigurableApplicationContext start() {
    // Cost-4 hashes as in every other test: the demo signs its custody steps with passwords, and
    // at the production cost 10 that took most of this test's 24 s.
    return new SpringApplicationBuilder(OpenV2VApplication.class)
        .run(
            "--server.port=0",
            "--openv2v.data-dir=" + data,
            "--logging.file.name=",
            "--openv2v.security.bcrypt-strength=4");
  }

  private static long count(JdbcClient jdbc, String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
