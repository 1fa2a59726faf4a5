package org.openv2v.web;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One line on the console when the platform takes traffic: the demo network and its users are
 * loaded (runners finish before readiness) and a sign-in works. Said once per start.
 */
@Component
class ReadyAnnouncement {

  private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

  private final Environment environment;
  private final boolean demo;
  private final AtomicBoolean said = new AtomicBoolean();

  ReadyAnnouncement(Environment environment, @Value("${openv2v.demo:false}") boolean demo) {
    this.environment = environment;
    this.demo = demo;
  }

  @EventListener
  void on(AvailabilityChangeEvent<ReadinessState> change) {
    if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC && said.compareAndSet(false, true)) {
      log.info(line(environment.getProperty("local.server.port", "8080"), demo));
    }
  }

  static String line(String port, boolean demo) {
    String address = "Ready: http://localhost:" + port;
    return demo ? address + ", sign in as coordinator/coordinator" : address;
  }
}
