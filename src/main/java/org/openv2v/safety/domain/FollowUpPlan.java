package org.openv2v.safety.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The monitoring and follow-up schedule from the infusion date (a date in Asia/Seoul), the
 * product's indication and the label era. Day n is the infusion date plus n days; months and years
 * are calendar months and years (the 31st becomes the month's last day).
 */
public final class FollowUpPlan {

  /** Non-Hodgkin lymphoma indications: HIRA collects 6- and 12-month outcome reports for each. */
  public static final Set<String> LYMPHOMA =
      Set.of("DLBCL", "HGBCL", "PMBCL", "FL", "MCL", "MZL", "CLL");

  /** Advanced Regenerative Bio Act Art. 30: adverse events followed for 15 years. */
  static final int FOLLOW_UP_YEARS = 15;

  private FollowUpPlan() {}

  public static List<FollowUpItem> schedule(
      LocalDate infused, String indication, RulesEra configured) {
    RulesEra era = configured.on(infused);
    String eraSource = "label era " + era + " (clinical-rules §5)";
    List<FollowUpItem> items = new ArrayList<>();
    for (int day = 1; day <= era.dailyMonitoringDays(); day++) {
      LocalDate on = infused.plusDays(day);
      items.add(
          new FollowUpItem(
              FollowUpKind.DAILY_CHECK,
              day,
              on,
              on,
              "Day " + day + " check: CRS grade, ICE/CAPD twice daily, vital signs",
              eraSource + "; ASCO 2021 ICE at least twice daily"));
    }
    items.add(
        period(
            FollowUpKind.STAY_NEAR_CENTRE,
            infused,
            era.proximityDays(),
            "Stay within 2 hours of the treating centre until day " + era.proximityDays(),
            eraSource));
    items.add(
        period(
            FollowUpKind.NO_DRIVING,
            infused,
            era.drivingRestrictionDays(),
            "No driving or hazardous machinery until day " + era.drivingRestrictionDays(),
            eraSource));
    items.add(
        period(
            FollowUpKind.MONITORING_ENDS,
            infused,
            era.monitoringDays(),
            "Monitoring for CRS and neurotoxicity continues until day " + era.monitoringDays(),
            eraSource));
    items.add(
        day(
            FollowUpKind.DAY_14_REVIEW,
            infused,
            14,
            "Day 14 review: counts, CRS/ICANS resolution",
            eraSource));
    boolean lymphoma = LYMPHOMA.contains(indication);
    String response =
        lymphoma
            ? "response assessment, PET-CT with Lugano 2014 / Deauville"
            : "response assessment";
    items.add(
        day(
            FollowUpKind.DAY_28_RESPONSE,
            infused,
            28,
            "Day 28 (M1) " + response,
            "Galtier et al., Haematologica 2022 (M1 PET-CT)"));
    items.add(
        day(
            FollowUpKind.DAY_90_RESPONSE,
            infused,
            90,
            "Day 90 (M3) " + response,
            "Galtier et al., Haematologica 2022 (M3 PET-CT)"));
    items.add(
        month(
            FollowUpKind.MONTH_6_VISIT,
            infused,
            6,
            0,
            "Month 6 visit: response, counts, immunoglobulins, late effects",
            "FDA LTFU guidance 2020; Advanced Regenerative Bio Act Art. 30"));
    items.add(
        month(
            FollowUpKind.MONTH_12_VISIT,
            infused,
            12,
            0,
            "Month 12 visit: response, late effects, secondary malignancy",
            "FDA LTFU guidance 2020; Advanced Regenerative Bio Act Art. 30"));
    for (int year = 2; year <= FOLLOW_UP_YEARS; year++) {
      LocalDate on = infused.plusYears(year);
      items.add(
          new FollowUpItem(
              FollowUpKind.YEARLY_FOLLOW_UP,
              year,
              on.minusMonths(1),
              on,
              "Year "
                  + year
                  + " long-term follow-up: adverse events, secondary (incl. T-cell) malignancy; report to MFDS",
              "Advanced Regenerative Bio Act Art. 30 (15 years); FDA boxed warning Apr 2024"));
    }
    if (lymphoma) {
      items.add(
          month(
              FollowUpKind.HIRA_OUTCOME_6_MONTHS,
              infused,
              6,
              1,
              "HIRA 6-month outcome report (months 5–6); non-response makes the case refund-eligible",
              "HIRA NHL data submission: Newsthevoice 26215; Hit News 37957; performance-based RSA (korea-and-seed §2.4)"));
      items.add(
          month(
              FollowUpKind.HIRA_OUTCOME_12_MONTHS,
              infused,
              12,
              1,
              "HIRA 12-month outcome report (months 11–12); non-response makes the case refund-eligible",
              "HIRA NHL data submission: Newsthevoice 26215; Hit News 37957; performance-based RSA (korea-and-seed §2.4)"));
    }
    return items;
  }

  private static FollowUpItem period(
      FollowUpKind kind, LocalDate infused, int days, String text, String source) {
    return new FollowUpItem(kind, 1, infused, infused.plusDays(days), text, source);
  }

  private static FollowUpItem day(
      FollowUpKind kind, LocalDate infused, int day, String text, String source) {
    LocalDate on = infused.plusDays(day);
    return new FollowUpItem(kind, 1, on.minusDays(day >= 28 ? 3 : 1), on, text, source);
  }

  private static FollowUpItem month(
      FollowUpKind kind,
      LocalDate infused,
      int months,
      int earlyMonths,
      String text,
      String source) {
    LocalDate on = infused.plusMonths(months);
    LocalDate opens = earlyMonths > 0 ? infused.plusMonths(months - earlyMonths) : on.minusDays(14);
    return new FollowUpItem(kind, 1, opens, on, text, source);
  }
}
