package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openv2v.simulation.engine.Distribution;

/**
 * One scenario parameter swept over values for a sensitivity analysis ({@code --vary
 * slotsPerWeek=4,6,8}). Parameters: slotsPerWeek, approvalDays (median payer delay), transitDays
 * (each leg, fixed), turnaroundDays (median), outpatientFraction, bedsPerCentre, chairsPerCentre.
 */
public record Variation(String parameter, List<Double> values) {

  /** The unit of the swept parameter, for the report's axis. */
  public String unit() {
    return switch (parameter) {
      case "slotsPerWeek" -> "slots/week";
      case "approvalDays", "transitDays", "turnaroundDays" -> "days";
      case "bedsPerCentre" -> "beds";
      case "chairsPerCentre" -> "chairs";
      default -> "";
    };
  }

  public static final Set<String> PARAMETERS =
      Set.of(
          "slotsPerWeek",
          "approvalDays",
          "transitDays",
          "turnaroundDays",
          "outpatientFraction",
          "bedsPerCentre",
          "chairsPerCentre");

  public Variation {
    if (!PARAMETERS.contains(parameter)) {
      throw new IllegalArgumentException(
          "cannot vary '"
              + parameter
              + "'; one of "
              + String.join(", ", PARAMETERS.stream().sorted().toList()));
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException("--vary needs at least one value");
    }
    values = List.copyOf(values);
  }

  /** Parses {@code PARAM=v1,v2,...}. */
  public static Variation parse(String text) {
    int equals = text.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException("--vary must look like PARAM=v1,v2,...");
    }
    List<Double> values = new ArrayList<>();
    for (String value : text.substring(equals + 1).split(",")) {
      try {
        values.add(Double.parseDouble(value.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--vary value '" + value + "' is not a number");
      }
    }
    return new Variation(text.substring(0, equals).trim(), values);
  }

  public NetworkScenario apply(NetworkScenario s, double value) {
    NetworkScenario.Manufacturing m = s.manufacturing();
    NetworkScenario.Pathway p = s.pathway();
    NetworkScenario.Infusion i = s.infusion();
    NetworkScenario changed =
        switch (parameter) {
          case "slotsPerWeek" ->
              s.withManufacturing(
                  new NetworkScenario.Manufacturing(
                      m.site(),
                      m.lane(),
                      whole(value),
                      m.outboundTransit(),
                      m.turnaround(),
                      m.returnTransit(),
                      m.failureFraction(),
                      m.failureReApheresis(),
                      m.failureOutOfSpecification()));
          case "approvalDays" ->
              s.withPathway(
                  new NetworkScenario.Pathway(
                      p.referralToConsult(),
                      p.eligibilityAssessment(),
                      p.ineligibleFraction(),
                      withMedian(p.payerApproval(), value),
                      p.payerRefusalFraction(),
                      p.apheresisSession()));
          case "transitDays" ->
              s.withManufacturing(
                  new NetworkScenario.Manufacturing(
                      m.site(),
                      m.lane(),
                      m.slotsPerWeek(),
                      new Distribution.Fixed(nonNegative(value)),
                      m.turnaround(),
                      new Distribution.Fixed(nonNegative(value)),
                      m.failureFraction(),
                      m.failureReApheresis(),
                      m.failureOutOfSpecification()));
          case "turnaroundDays" ->
              s.withManufacturing(
                  new NetworkScenario.Manufacturing(
                      m.site(),
                      m.lane(),
                      m.slotsPerWeek(),
                      m.outboundTransit(),
                      withMedian(m.turnaround(), positive(value)),
                      m.returnTransit(),
                      m.failureFraction(),
                      m.failureReApheresis(),
                      m.failureOutOfSpecification()));
          case "outpatientFraction" ->
              s.withInfusion(
                  new NetworkScenario.Infusion(
                      i.bridgingFraction(),
                      i.lymphodepletion(),
                      fraction(value),
                      i.inpatientStay(),
                      i.outpatientAdmissionFraction(),
                      i.outpatientStay()));
          case "bedsPerCentre" ->
              s.withCentres(
                  s.centres().stream()
                      .map(
                          c ->
                              new NetworkScenario.Centre(
                                  c.site(), c.region(), c.apheresisChairs(), whole(value)))
                      .toList());
          default ->
              s.withCentres(
                  s.centres().stream()
                      .map(
                          c ->
                              new NetworkScenario.Centre(
                                  c.site(), c.region(), whole(value), c.beds()))
                      .toList());
        };
    return changed.withName(s.name() + " " + parameter + "=" + label(value));
  }

  public static String label(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** A log-normal keeps its spread and moves its median; anything else becomes fixed. */
  private static Distribution withMedian(Distribution d, double median) {
    nonNegative(median);
    if (d instanceof Distribution.LogNormal ln && median > 0) {
      return Distribution.LogNormal.ofMedian(median, ln.sigma());
    }
    return new Distribution.Fixed(median);
  }

  private static int whole(double value) {
    if (value != Math.rint(value) || value < 1) {
      throw new IllegalArgumentException("a capacity must be a whole number >= 1, not " + value);
    }
    return (int) value;
  }

  private static double fraction(double value) {
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException("a fraction must be between 0 and 1, not " + value);
    }
    return value;
  }

  private static double positive(double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("the value must be > 0, not " + value);
    }
    return value;
  }

  private static double nonNegative(double value) {
    if (value < 0) {
      throw new IllegalArgumentException("the value must be >= 0, not " + value);
    }
    return value;
  }
}
