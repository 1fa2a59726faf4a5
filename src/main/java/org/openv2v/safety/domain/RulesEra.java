package org.openv2v.safety.domain;

import java.time.LocalDate;

/**
 * The label era that sets the monitoring, proximity and driving periods after infusion
 * (clinical-rules §5). The US REMS was eliminated on 26 June 2025 and the labels shortened the
 * periods to two weeks; Korean (MFDS) labels were not seen to change, so the platform default is
 * the earlier, longer periods.
 */
public enum RulesEra {
  /** Kymriah PI 2018 / Yescarta 2017: proximity 4 weeks, no driving 8 weeks, monitoring 4 weeks. */
  REMS_2017(7, 28, 28, 56),
  /**
   * FDA 26 June 2025: monitoring at least 2 weeks (daily for 1 week), proximity and driving 2
   * weeks.
   */
  POST_REMS_2025(7, 14, 14, 14),
  /** By infusion date: REMS_2017 before 2025-06-26, POST_REMS_2025 from then on. */
  BY_INFUSION_DATE(0, 0, 0, 0);

  /** FDA Safety Communication, 26 June 2025: REMS eliminated for autologous CAR T. */
  public static final LocalDate REMS_ELIMINATED = LocalDate.of(2025, 6, 26);

  private final int dailyMonitoringDays;
  private final int monitoringDays;
  private final int proximityDays;
  private final int drivingRestrictionDays;

  RulesEra(int dailyMonitoringDays, int monitoringDays, int proximityDays, int drivingDays) {
    this.dailyMonitoringDays = dailyMonitoringDays;
    this.monitoringDays = monitoringDays;
    this.proximityDays = proximityDays;
    this.drivingRestrictionDays = drivingDays;
  }

  /** The concrete era for an infusion on this date. */
  public RulesEra on(LocalDate infusionDate) {
    if (this != BY_INFUSION_DATE) {
      return this;
    }
    return infusionDate.isBefore(REMS_ELIMINATED) ? REMS_2017 : POST_REMS_2025;
  }

  public int dailyMonitoringDays() {
    return dailyMonitoringDays;
  }

  public int monitoringDays() {
    return monitoringDays;
  }

  public int proximityDays() {
    return proximityDays;
  }

  public int drivingRestrictionDays() {
    return drivingRestrictionDays;
  }
}
