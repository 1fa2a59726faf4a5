package org.openv2v.forecast;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openv2v.cases.OpenCase;
import org.openv2v.forecast.domain.ForwardSimulation;
import org.openv2v.forecast.domain.InfusionBeds;
import org.openv2v.forecast.internal.LiveQueue;
import org.openv2v.shared.Refusal;

/**
 * The what-if's OPEN_CHAIR changes: a treatment centre's CAR-T infusion chairs (or beds) as it has
 * them now, and chairs opened from a week on. The platform keeps no infusion chairs, so the request
 * says how many there are; both columns of the answer use them (the live forecast does not limit
 * infusion).
 */
final class InfusionChairs {

  /** Chairs a centre is said to have, and chairs opened, at most. */
  static final int MAX_CHAIRS = 50;

  private final Map<String, int[]> now = new HashMap<>();
  private final Map<String, int[]> changed = new HashMap<>();
  private final Map<UUID, String> centreOf = new HashMap<>();
  private final int horizonWeeks;

  InfusionChairs(List<OpenCase> open, int horizonWeeks) {
    open.forEach(c -> centreOf.put(c.id(), c.treatmentCentreId()));
    this.horizonWeeks = horizonWeeks;
  }

  /** Adds one change, refused in words if it names no centre of an open case or no week. */
  void open(WhatIfRequest.Change change, String at, LiveQueue live) {
    String centre = change.centreId();
    if (centre == null || centre.isBlank()) {
      throw Refusal.invalidField(at + ".centreId", "is required")
          .withWords("refusal.field.required");
    }
    if (!centreOf.containsValue(centre)) {
      throw Refusal.invalidField(at + ".centreId", "no open case is treated at this centre")
          .withWords("refusal.whatIf.noCentre");
    }
    if (change.chairs() == null || change.chairs() < 1 || change.chairs() > MAX_CHAIRS) {
      throw Refusal.invalidField(at + ".chairs", "the chairs the centre has now, 1 to 50")
          .withWords("refusal.whatIf.chairs", MAX_CHAIRS);
    }
    if (change.units() == null || change.units() < 1 || change.units() > MAX_CHAIRS) {
      throw Refusal.invalidField(at + ".units", "chairs opened, 1 to 50")
          .withWords("refusal.whatIf.chairsOpened", MAX_CHAIRS);
    }
    if (change.weekStart() == null || change.weekStart().getDayOfWeek() != DayOfWeek.MONDAY) {
      throw Refusal.invalidField(at + ".weekStart", "must be a Monday (ISO week start)")
          .withWords("refusal.whatIf.monday");
    }
    int w = live.weekIndex(change.weekStart());
    if (w < 0 || w >= horizonWeeks) {
      throw Refusal.invalidField(at + ".weekStart", "must be this week or within 78 weeks")
          .withWords("refusal.whatIf.weekRange");
    }
    int[] before = now.computeIfAbsent(centre, k -> filled(change.chairs()));
    int[] after = changed.computeIfAbsent(centre, k -> before.clone());
    for (int i = w; i < after.length; i++) {
      after[i] += change.units();
    }
  }

  private int[] filled(int chairs) {
    int[] weeks = new int[horizonWeeks];
    Arrays.fill(weeks, chairs);
    return weeks;
  }

  /** The simulation with the chairs as they are now (unchanged when no chair is opened). */
  ForwardSimulation now(ForwardSimulation simulation, double firstWeekStartDay) {
    return now.isEmpty() ? simulation : with(simulation, now, firstWeekStartDay);
  }

  /** The simulation with the chairs opened. */
  ForwardSimulation changed(ForwardSimulation simulation, double firstWeekStartDay) {
    return changed.isEmpty() ? simulation : with(simulation, changed, firstWeekStartDay);
  }

  private ForwardSimulation with(
      ForwardSimulation simulation, Map<String, int[]> chairs, double firstWeekStartDay) {
    Map<String, InfusionBeds> beds = new HashMap<>();
    chairs.forEach(
        (centre, weeks) ->
            beds.put(centre, new InfusionBeds(firstWeekStartDay, weeks, weeks[weeks.length - 1])));
    return simulation.withInfusionBeds(centreOf, beds);
  }
}
