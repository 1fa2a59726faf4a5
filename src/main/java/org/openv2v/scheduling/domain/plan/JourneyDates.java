package org.openv2v.scheduling.domain.plan;

import java.time.LocalDate;

/**
 * The dates a booking leads to: collection, arrival at the facility, release, arrival back at the
 * treatment centre and the earliest day the cells can be infused.
 */
public record JourneyDates(
    LocalDate apheresis,
    LocalDate arrivalAtFacility,
    LocalDate release,
    LocalDate arrivalAtCentre,
    LocalDate earliestInfusion) {}
