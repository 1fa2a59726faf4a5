package org.openv2v.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.scheduling.BookingOptions;
import org.openv2v.scheduling.Bookings;
import org.openv2v.scheduling.OptionsRequest;
import org.openv2v.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Books the demo cases that wait for their collection, as a coordinator would (the first option
 * offered), once the demo's capacity exists (it is described after the network, order 30): so that
 * chairs and manufacturing slots are in use and Home shows their expected infusion dates.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("openv2v.demo")
@RequiredArgsConstructor
class DemoBookings implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBookings.class);

  private final Bookings bookings;
  private final Network network;
  private final List<UUID> waiting = new ArrayList<>();

  /** A demo case just loaded that waits for its collection: booked once capacity exists. */
  synchronized void queue(UUID caseId) {
    waiting.add(caseId);
  }

  @Override
  public synchronized void run(ApplicationArguments args) {
    Set<String> allSites = network.sites().stream().map(Site::id).collect(Collectors.toSet());
    var coordinator = DemoUsers.seeding(Role.COORDINATOR, allSites);
    int booked = 0;
    for (UUID caseId : waiting) {
      BookingOptions options = bookings.options(caseId, OptionsRequest.none(), coordinator);
      if (!options.options().isEmpty()) {
        bookings.book(caseId, options.options().get(0).optionId(), coordinator);
        booked++;
      }
    }
    if (!waiting.isEmpty()) {
      log.info("Demo bookings: {} of {} waiting cases booked.", booked, waiting.size());
    }
    waiting.clear();
  }
}
