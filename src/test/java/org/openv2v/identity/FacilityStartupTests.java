package org.openv2v.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openv2v.OpenV2VApplication;
import org.openv2v.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A real deployment must name its FIN: without one it does not start, and says what to set. */
class FacilityStartupTests {

  @Test
  void should_refuse_to_start_outside_demo_mode_without_a_facility_number() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(OpenV2VApplication.class)
                    .run(
                        "--server.port=0",
                        "--logging.file.name=",
                        "--openv2v.demo=false",
                        "--spring.datasource.url=" + TestDatabase.url(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password="))
        .hasRootCauseInstanceOf(FacilityNotConfigured.class)
        .rootCause()
        .hasMessageContaining("openv2v.identity.facility");
  }
}
