package org.openv2v.simulation.network;

import java.util.List;
import java.util.Map;
import org.openv2v.simulation.engine.Distribution;

/**
 * A national CAR-T delivery network to simulate: where patients come from, the pathway's delays,
 * the capacities, and the risks while waiting. Durations are in days. Names follow the platform:
 * product codes from reference/products.json, site ids from reference/korea-network.json.
 */
public record Scenario(
    String name,
    String description,
    String product,
    int warmupDays,
    List<Region> regions,
    List<Centre> centres,
    List<Arrivals> arrivals,
    Map<String, Hazards> hazards,
    Pathway pathway,
    Manufacturing manufacturing,
    Infusion infusion) {

  public Scenario {
    regions = List.copyOf(regions);
    centres = List.copyOf(centres);
    arrivals = List.copyOf(arrivals);
    hazards = Map.copyOf(hazards);
  }

  /** A region patients live in; without a centre of its own they travel, which adds days. */
  public record Region(String name, double travelDays) {}

  /** A treatment centre: apheresis chairs and CAR-T beds. */
  public record Centre(String site, String region, int apheresisChairs, int beds) {}

  /** Referrals of one indication from one region: a Poisson stream. */
  public record Arrivals(String indication, String region, double perYear) {}

  /**
   * Competing risks while waiting, per day: progression that makes the patient ineligible, and
   * death. After apheresis both are multiplied by {@code afterApheresis} (bridging therapy).
   */
  public record Hazards(double progressionPerDay, double deathPerDay, double afterApheresis) {
    public double totalPerDay() {
      return progressionPerDay + deathPerDay;
    }
  }

  /** From referral to the apheresis chair. */
  public record Pathway(
      Distribution referralToConsult,
      Distribution eligibilityAssessment,
      double ineligibleFraction,
      Distribution payerApproval,
      double payerRefusalFraction,
      Distribution apheresisSession) {}

  /** Where and how the cells are made. {@code lane} is OVERSEAS or DOMESTIC. */
  public record Manufacturing(
      String site,
      String lane,
      int slotsPerWeek,
      Distribution outboundTransit,
      Distribution turnaround,
      Distribution returnTransit,
      double failureFraction,
      double failureReApheresis,
      double failureOutOfSpecification) {}

  /** From the product's arrival at the centre to infusion, and the bed it needs. */
  public record Infusion(
      double bridgingFraction,
      Distribution lymphodepletion,
      double outpatientFraction,
      Distribution inpatientStay,
      double outpatientAdmissionFraction,
      Distribution outpatientStay) {}

  public Scenario withName(String newName) {
    return new Scenario(
        newName,
        description,
        product,
        warmupDays,
        regions,
        centres,
        arrivals,
        hazards,
        pathway,
        manufacturing,
        infusion);
  }

  Scenario withManufacturing(Manufacturing changed) {
    return new Scenario(
        name,
        description,
        product,
        warmupDays,
        regions,
        centres,
        arrivals,
        hazards,
        pathway,
        changed,
        infusion);
  }

  Scenario withPathway(Pathway changed) {
    return new Scenario(
        name,
        description,
        product,
        warmupDays,
        regions,
        centres,
        arrivals,
        hazards,
        changed,
        manufacturing,
        infusion);
  }

  Scenario withInfusion(Infusion changed) {
    return new Scenario(
        name,
        description,
        product,
        warmupDays,
        regions,
        centres,
        arrivals,
        hazards,
        pathway,
        manufacturing,
        changed);
  }

  Scenario withCentres(List<Centre> changed) {
    return new Scenario(
        name,
        description,
        product,
        warmupDays,
        regions,
        changed,
        arrivals,
        hazards,
        pathway,
        manufacturing,
        infusion);
  }
}
