package org.openv2v.forecast.domain;

/**
 * A treatment centre's beds (or chairs) for CAR-T infusion as infusions it can start per week:
 * {@code perWeek[0]} is this week, which starts {@code firstWeekStartDay} days from now (zero or
 * negative), and {@code perWeekAfter} every week after those given. A bed is taken for the week of
 * the infusion (assumption: the first week after a CAR-T infusion is spent on the ward, so each bed
 * takes one new patient a week).
 */
public record InfusionBeds(double firstWeekStartDay, int[] perWeek, int perWeekAfter) {

  public InfusionBeds {
    perWeek = perWeek.clone();
  }

  int in(int w) {
    return w < perWeek.length ? perWeek[w] : perWeekAfter;
  }

  double weekStart(int w) {
    return firstWeekStartDay + 7.0 * w;
  }
}
