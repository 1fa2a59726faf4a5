package org.openv2v.scheduling;

import java.time.LocalDate;
import java.util.UUID;

/** A facility's manufacturing slots for one product in one week (cells arrive Monday-Sunday). */
public record SlotView(
    UUID id,
    String facilityId,
    String productCode,
    LocalDate weekStart,
    LocalDate weekEnd,
    int capacity,
    int booked,
    int manufacturingDays) {}
