package org.openv2v.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Load on the network over a window: per collecting site and per facility and product, the share of
 * capacity booked, how many cases wait, and how long a newly listed case would wait for a slot
 * (days to the week of the first free slot left once everyone already waiting has one).
 */
public record CapacitySummary(
    LocalDate from, LocalDate to, List<SiteLoad> sites, List<ProductLoad> products) {

  public record SiteLoad(
      String siteId,
      int chairsPerDay,
      int chairDays,
      int booked,
      double utilisation,
      int waitlistLength) {}

  public record ProductLoad(
      String facilityId,
      String productCode,
      int capacity,
      int booked,
      double utilisation,
      int waitlistLength,
      Optional<Integer> expectedWaitDays) {}
}
