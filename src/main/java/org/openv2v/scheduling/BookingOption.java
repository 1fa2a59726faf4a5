package org.openv2v.scheduling;

import java.time.LocalDate;

/**
 * One feasible plan for a case: collection day, manufacturing slot and the dates that follow. Book
 * it by its {@code optionId}; capacity is checked again at that moment.
 */
public record BookingOption(
    String optionId,
    String apheresisSiteId,
    LocalDate apheresisDate,
    SlotView manufacturingSlot,
    LocalDate expectedArrivalAtFacility,
    LocalDate expectedReleaseDate,
    LocalDate expectedArrivalDate,
    LocalDate earliestInfusionDate) {}
