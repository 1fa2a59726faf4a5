package org.openv2v.safety.domain;

import java.util.List;

/**
 * A product's lymphodepleting regimen for some indications. Days are relative to infusion (day 0);
 * the window counts days from the last dose to infusion, inclusive at both ends.
 */
public record LymphodepletionRegimen(
    String productCode,
    List<String> indicationCodes,
    List<Agent> agents,
    InfusionWindow infusionWindow,
    String source) {

  public LymphodepletionRegimen {
    indicationCodes = List.copyOf(indicationCodes);
    agents = List.copyOf(agents);
  }

  /** One drug of the regimen: its dose per m² and the days it is given. */
  public record Agent(Drug drug, double mgPerM2, List<Integer> days) {
    public Agent {
      days = List.copyOf(days);
    }
  }

  /** Days from the last lymphodepletion dose to infusion. */
  public record InfusionWindow(int minDays, int maxDays) {
    public boolean admits(long days) {
      return days >= minDays && days <= maxDays;
    }

    public String describe() {
      return minDays == maxDays
          ? "infuse " + minDays + " days after the last dose"
          : "infuse " + minDays + "–" + maxDays + " days after the last dose";
    }
  }

  public boolean covers(String indication) {
    return indicationCodes.contains(indication);
  }

  /** The last day of any dose, relative to infusion. */
  public int lastDoseDay() {
    return agents.stream().flatMap(a -> a.days().stream()).max(Integer::compare).orElseThrow();
  }

  public int firstDoseDay() {
    return agents.stream().flatMap(a -> a.days().stream()).min(Integer::compare).orElseThrow();
  }
}
