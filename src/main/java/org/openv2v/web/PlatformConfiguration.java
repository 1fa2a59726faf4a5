package org.openv2v.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.time.ZoneId;
import org.openv2v.shared.ReplayClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module shares: the clock, the network's zone, and the OpenAPI description's header.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  /** The real time, except on the demo loader's thread while it replays its histories. */
  @Bean
  Clock clock() {
    return new ReplayClock(Clock.systemUTC());
  }

  /**
   * The network's zone ({@code openv2v.zone}, Korea's by default): where "today" is for bookings,
   * due dates and DIN years, and the zone every page prints times in. The one place it is read.
   */
  @Bean
  ZoneId networkZone(@Value("${openv2v.zone:Asia/Seoul}") ZoneId zone) {
    return zone;
  }

  @Bean
  OpenAPI openApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("OpenV2V API")
                .version("v1")
                .description(
                    "Vein-to-vein delivery of autologous CAR T-cell therapy: the network,"
                        + " the product catalogue and each patient's case. Errors are RFC 9457 problem"
                        + " documents. Sign in with HTTP Basic. The same cases are served as FHIR R4"
                        + " at /fhir (CapabilityStatement at /fhir/metadata; docs/fhir.md), which"
                        + " this document does not describe.")
                .license(new License().name("Apache-2.0")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
