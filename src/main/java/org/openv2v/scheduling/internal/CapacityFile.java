package org.openv2v.scheduling.internal;

import java.time.LocalDate;
import java.util.List;
import org.openv2v.scheduling.domain.TransitDistribution;

/** The demo capacity file, reference/capacity.json: every entry carries its source. */
record CapacityFile(
    int version,
    LocalDate asOf,
    String note,
    int seedWeeks,
    List<Chairs> chairs,
    List<Manufacturing> manufacturing,
    List<LaneRule> lanes,
    List<Blackout> blackouts) {

  record Chairs(String siteId, int chairs, boolean weekends, String source) {}

  record Manufacturing(
      String facilityId,
      String productCode,
      int manufacturingDays,
      int slotsPerWeek,
      String source) {}

  /** A lane from every collecting site or facility in one country to each in another. */
  record LaneRule(
      String fromCountry,
      String toCountry,
      TransitDistribution distribution,
      double medianDays,
      double p90Days,
      String source) {}

  record Blackout(String country, LocalDate day, String reason, String source) {}
}
