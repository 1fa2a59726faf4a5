package org.openv2v.scheduling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Reads the capacity picture as of today in the network's time zone. */
@Component
@RequiredArgsConstructor
public class CapacityPictures {

  private final CapacityRows rows;
  private final SchedulingProperties properties;
  private final Clock clock;
  private final ZoneId zone;

  public CapacityPicture now() {
    return new CapacityPicture(rows, properties, today());
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  public ZoneId zone() {
    return zone;
  }
}
