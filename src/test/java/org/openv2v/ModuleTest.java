package org.openv2v;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * One module alone (Spring Modulith's {@code @ApplicationModuleTest}): only the beans of the test
 * class's module, on this run's real PostgreSQL, with the module's allowed dependencies verified
 * first. Much quicker to start than {@link IntegrationTest}'s whole platform, for modules whose
 * services need no other module's beans (a test class may {@code @Import} a bean-free one, such as
 * {@code security.CurrentActor}). The platform's shared beans that every module uses come from
 * {@link SharedBeans}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@TestPropertySource(
    // The whole platform's readiness waits for sign-in (security) and the demo, absent here.
    properties = "management.endpoint.health.group.readiness.include=readinessState")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(ModuleTest.SharedBeans.class)
public @interface ModuleTest {

  /** What {@code web.PlatformConfiguration} gives the whole platform and a module uses. */
  @TestConfiguration(proxyBeanMethods = false)
  class SharedBeans {

    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }

    @Bean
    ZoneId networkZone(@Value("${openv2v.zone:Asia/Seoul}") ZoneId zone) {
      return zone;
    }
  }
}
