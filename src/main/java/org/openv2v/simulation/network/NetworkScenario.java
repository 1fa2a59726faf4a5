package org.openv2v.simulation.network;

import java.util.List;
import java.util.Map;
import org.openv2v.simulation.engine.Distribution;

/**
 * A national CAR-T delivery network to simulate: where patients come from, the pathway's delays,
 * the capacities, and the risks while waiting. Durations are in days. Names follow the platform:
 * product codes from reference/products.json, site ids from reference/korea-network.json.
 */
public record NetworkScenario(
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
    Infusion infusion,
    Map<String, Population> population,
    Trial trial,
    List<Input> inputs) {

  public NetworkScenario {
    regions = List.copyOf(regions);
    centres = List.copyOf(centres);
    arrivals = List.copyOf(arrivals);
    hazards = Map.copyOf(hazards);
    population = Map.copyOf(population);
    inputs = List.copyOf(inputs);
  }

  /**
   * One value as written in the scenario file ({@code field} is its dotted path), with the comment
   * its author gave as the source ("" if none) and its line.
   */
  public record Input(String field, String value, String source, int line) {}

  /** A scenario without demographics of its own (the indication defaults apply) and no trial. */
  public NetworkScenario(
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
    this(
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
        infusion,
        Map.of(),
        null,
        List.of());
  }

  /**
   * Who is referred with an indication: age at referral in whole years, drawn half below and half
   * above the median, uniformly between the published minimum and median and between the median and
   * maximum (so the published median and range are reproduced); and the fraction who are women.
   */
  public record Population(double medianAge, double minAge, double maxAge, double femaleFraction) {}

  /**
   * The published cohort a trial scenario reproduces: patients enrolled (= leukapheresed), never
   * infused, and manufacturing failures (-1 if not reported); {@code use} says whether the waiting
   * hazard of the indication was calibrated on it ("calibration") or it checks the model
   * ("validation").
   */
  public record Trial(
      String name,
      int enrolled,
      int notInfused,
      int manufacturingFailures,
      String use,
      String source) {
    public double notInfusedFraction() {
      return (double) notInfused / enrolled;
    }
  }

  /**
   * The demographics of an indication: the scenario's own, else the indication's default (or null).
   */
  public Population populationOf(String indication) {
    Population own = population.get(indication);
    return own != null ? own : IndicationDefaults.get().population(indication);
  }

  /**
   * The waiting hazards of an indication: the scenario's own, else the calibrated default (or null
   * when the indication has neither).
   */
  public Hazards hazardsOf(String indication) {
    Hazards own = hazards.get(indication);
    return own != null ? own : IndicationDefaults.get().hazards(indication);
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

  public NetworkScenario withName(String newName) {
    return with(newName, centres, pathway, manufacturing, infusion);
  }

  NetworkScenario withManufacturing(Manufacturing changed) {
    return with(name, centres, pathway, changed, infusion);
  }

  NetworkScenario withPathway(Pathway changed) {
    return with(name, centres, changed, manufacturing, infusion);
  }

  NetworkScenario withInfusion(Infusion changed) {
    return with(name, centres, pathway, manufacturing, changed);
  }

  NetworkScenario withCentres(List<Centre> changed) {
    return with(name, changed, pathway, manufacturing, infusion);
  }

  /** This scenario with the parts a variation or a sweep changes; the rest as it is. */
  private NetworkScenario with(
      String newName,
      List<Centre> newCentres,
      Pathway newPathway,
      Manufacturing newManufacturing,
      Infusion newInfusion) {
    return new NetworkScenario(
        newName,
        description,
        product,
        warmupDays,
        regions,
        newCentres,
        arrivals,
        hazards,
        newPathway,
        newManufacturing,
        newInfusion,
        population,
        trial,
        inputs);
  }
}
