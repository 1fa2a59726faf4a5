package org.openv2v.forecast;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Changes to try on the live queue, nothing committed: slots added (or cut, with negative units) in
 * a week, a lane's transit time, a patient moved (a new waitlist priority, or another facility),
 * infusion chairs opened at a centre. {@code days} is the window the totals count (default 90).
 */
public record WhatIfRequest(
    @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Change> changes,
    @Min(7) @Max(365) Integer days) {

  public int window() {
    return days == null ? 90 : days;
  }

  /** What kind of change. */
  public enum Kind {
    SLOT_CHANGE,
    LANE_CHANGE,
    MOVE_PATIENT,
    OPEN_CHAIR
  }

  /**
   * One change. SLOT_CHANGE: {@code facilityId}, {@code productCode}, {@code weekStart} (a Monday),
   * {@code units} (added; negative cuts). LANE_CHANGE: {@code fromSiteId}, {@code toSiteId}, {@code
   * medianDays}, {@code p90Days}. MOVE_PATIENT: {@code caseId}, and {@code priority} (1 indolent to
   * 3 rapid) or {@code facilityId} (another facility making the same product). OPEN_CHAIR: {@code
   * centreId}, {@code chairs} (the CAR-T infusion chairs or beds it has now), {@code units} (chairs
   * opened) and {@code weekStart} (a Monday, from which they are open).
   */
  public record Change(
      @NotNull Kind kind,
      @Size(max = 64) String facilityId,
      @Size(max = 64) String productCode,
      LocalDate weekStart,
      @Min(-100) @Max(100) Integer units,
      @Size(max = 64) String fromSiteId,
      @Size(max = 64) String toSiteId,
      @DecimalMin("0.1") @DecimalMax("30") Double medianDays,
      @DecimalMin("0.1") @DecimalMax("60") Double p90Days,
      UUID caseId,
      @DecimalMin("1") @DecimalMax("3") Double priority,
      @Size(max = 64) String centreId,
      @Min(1) @Max(50) Integer chairs) {}
}
