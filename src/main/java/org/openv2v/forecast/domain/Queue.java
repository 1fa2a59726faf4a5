package org.openv2v.forecast.domain;

import org.openv2v.simulation.engine.Distribution;

/**
 * One facility's manufacturing of one product as the live schedule describes it: free slot units
 * per week from the current week on ({@code free[0]} is this week, which starts {@code
 * firstWeekStartDay} days from now, zero or negative), the units per week after the published
 * weeks, and the three legs' time distributions.
 */
public record Queue(
    String key,
    int[] free,
    double firstWeekStartDay,
    int unitsPerWeekAfter,
    Distribution outbound,
    Distribution manufacturing,
    Distribution inbound,
    double outboundLeadDays) {

  public Queue {
    free = free.clone();
  }

  /** Free units in week {@code w} (published, else the default). */
  int freeIn(int w) {
    return w < free.length ? free[w] : unitsPerWeekAfter;
  }

  double weekStart(int w) {
    return firstWeekStartDay + 7.0 * w;
  }
}
