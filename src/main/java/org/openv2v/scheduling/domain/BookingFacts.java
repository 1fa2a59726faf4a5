package org.openv2v.scheduling.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a booking is checked against when the coordinator books an option: the case's route, the
 * option, and capacity as it stands now.
 *
 * @param apheresisSiteId where the case's cells are collected
 * @param productCode the case's product
 * @param facilityId the case's manufacturing facility
 * @param treatmentCentreId the case's treatment centre
 * @param option the option being booked
 * @param today the network's today
 * @param chairs apheresis chairs at the case's site on the option's day (0 when closed)
 * @param slot the option's manufacturing slot, empty when it no longer exists
 * @param arrivalAtFacility when the cells would reach the facility, empty with no courier lane
 */
public record BookingFacts(
    String apheresisSiteId,
    String productCode,
    String facilityId,
    String treatmentCentreId,
    OptionId option,
    LocalDate today,
    int chairs,
    Optional<OfferedSlot> slot,
    Optional<LocalDate> arrivalAtFacility) {

  /** A manufacturing slot as the booking sees it: product, facility and week. */
  public record OfferedSlot(String productCode, String facilityId, LocalDate weekStart) {}
}
