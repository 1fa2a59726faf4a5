package org.openv2v.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2v.identity.internal.DinSequences;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which Facility Identification Number a deployment allocates under, and when it cannot start. */
class IdentitiesConfigurationTests {

  @Test
  void should_use_the_fin_reserved_for_validation_in_demo_mode() {
    assertThat(Identities.facility(null, true)).isEqualTo("A9999");
    assertThat(Identities.facility("  ", true)).isEqualTo("A9999");
  }

  @ParameterizedTest
  @CsvSource({"G1517, false", "' W0000 ', true", "A9990, false"})
  void should_use_a_configured_fin(String configured, boolean demo) {
    assertThat(Identities.facility(configured, demo)).isEqualTo(configured.strip());
  }

  @Test
  void should_refuse_to_run_without_a_fin_outside_demo_mode() {
    assertThatThrownBy(() -> Identities.facility("", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set openv2v.identity.facility");
  }

  @ParameterizedTest
  @CsvSource({"O1234", "g1517", "A999", "A99999", "A12B4"})
  void should_refuse_what_is_not_a_fin(String configured) {
    assertThatThrownBy(() -> Identities.facility(configured, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("openv2v.identity.facility=" + configured)
        .hasMessageContaining("is not a Facility Identification Number");
  }

  @Test
  void should_not_start_without_a_fin_outside_demo_mode() {
    new ApplicationContextRunner()
        .withBean(DinSequences.class, () -> mock(DinSequences.class))
        .withBean(Clock.class, Clock::systemUTC)
        .withBean(ZoneId.class, () -> ZoneId.of("Asia/Seoul"))
        .withUserConfiguration(Identities.class)
        .withPropertyValues("openv2v.demo=false")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("set openv2v.identity.facility"));
  }

  @Test
  void should_start_with_a_fin_outside_demo_mode() {
    new ApplicationContextRunner()
        .withBean(DinSequences.class, () -> mock(DinSequences.class))
        .withBean(Clock.class, Clock::systemUTC)
        .withBean(ZoneId.class, () -> ZoneId.of("Asia/Seoul"))
        .withUserConfiguration(Identities.class)
        .withPropertyValues("openv2v.demo=false", "openv2v.identity.facility=G1517")
        .run(
            context -> assertThat(context.getBean(Identities.class).facility()).isEqualTo("G1517"));
  }
}
