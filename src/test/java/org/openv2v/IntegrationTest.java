package org.openv2v;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole platform on a real server port and a real PostgreSQL, in demo mode. Every integration
 * test uses exactly this annotation so that they all share one Spring context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "openv2v.demo=true",
      "openv2v.data-dir=target/test-data",
      // Fast hashes keep thousands of signed test events quick; production keeps cost 10.
      "openv2v.security.bcrypt-strength=4",
      // Planning runs that tests start without a time limit (the authorization matrix, the API
      // fuzzer) would otherwise solve for the default 20 s in the background, taking a core from
      // the tests that follow; no test waits for such a run's result.
      "openv2v.scheduling.planner-seconds=1"
    })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@AutoConfigureMockMvc
public @interface IntegrationTest {}
