package org.openv2v.safety.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openv2v.shared.Refusal;

/**
 * Is the product's dose, as the release certificate states it in viable CAR-positive T cells,
 * within the label for this patient (clinical-rules §7.1)? A label that gives only a target (with a
 * cap) is checked as "at most the target"; one with a range as "within the range".
 */
public record DoseCheck(
    String population,
    Optional<Double> minCells,
    Optional<Double> targetCells,
    Optional<Double> maxCells,
    Optional<Boolean> withinSpecification,
    List<String> reasons,
    String source) {

  public DoseCheck {
    reasons = List.copyOf(reasons);
  }

  public static DoseCheck check(
      String productCode,
      List<DoseRange> specifications,
      String indication,
      Double weightKg,
      Optional<Double> viableCarPositiveCells) {
    double weight = Inputs.within("weightKg", weightKg, 1, 350, "kg");
    viableCarPositiveCells.ifPresent(
        cells -> Inputs.within("viableCarPositiveCells", cells, 0, 1e11, "cells"));
    if (specifications.isEmpty()) {
      throw new Refusal(
              Refusal.Kind.UNPROCESSABLE,
              "No dose specification is known for "
                  + productCode
                  + "; obtain the product information")
          .withWords("refusal.dose.noSpecification", productCode);
    }
    DoseRange spec =
        specifications.stream()
            .filter(candidate -> candidate.appliesTo(indication, weight))
            .findFirst()
            .orElseThrow(
                () ->
                    Refusal.invalidField(
                            "indication",
                            "no dose specification of " + productCode + " covers " + indication)
                        .withWords("refusal.dose.noIndication", productCode, indication));
    List<String> reasons = new ArrayList<>();
    reasons.add(
        spec.population()
            + (spec.perKg() ? ": per kg of body weight" : ": a total dose, not weight-based"));
    Optional<Double> min = spec.min().map(value -> scaled(spec, value, weight));
    Optional<Double> target = spec.target().map(value -> scaled(spec, value, weight));
    Optional<Double> max = spec.max().map(value -> scaled(spec, value, weight));
    if (spec.perKg()) {
      reasons.add("weight " + Inputs.plain(weight) + " kg");
    }
    spec.cap()
        .ifPresent(
            cap -> reasons.add("capped at " + scientific(cap) + " cells whatever the weight"));
    Optional<Double> upper = max.or(() -> target);
    min.ifPresent(value -> reasons.add("minimum " + scientific(value) + " cells"));
    target.ifPresent(value -> reasons.add("target " + scientific(value) + " cells"));
    max.ifPresent(value -> reasons.add("maximum " + scientific(value) + " cells"));
    if (max.isEmpty() && target.isPresent()) {
      reasons.add("the label gives a target and no range: checked as at most the target");
    }
    Optional<Boolean> within =
        viableCarPositiveCells.map(
            cells -> {
              boolean aboveMin = min.map(value -> cells >= value * (1 - 1e-9)).orElse(cells > 0);
              boolean belowMax = upper.map(value -> cells <= value * (1 + 1e-9)).orElse(true);
              reasons.add(
                  "release certificate "
                      + scientific(cells)
                      + " viable CAR+ T cells: "
                      + (aboveMin && belowMax
                          ? "within specification"
                          : !aboveMin ? "below the minimum" : "above the maximum"));
              return aboveMin && belowMax;
            });
    return new DoseCheck(spec.population(), min, target, max, within, reasons, spec.source());
  }

  private static double scaled(DoseRange spec, double value, double weight) {
    double total = spec.perKg() ? value * weight : value;
    return spec.cap().map(cap -> Math.min(cap, total)).orElse(total);
  }

  static String scientific(double cells) {
    return String.format(Locale.ROOT, "%.3g", cells)
        .replace("e+0", " × 10^")
        .replace("e+", " × 10^");
  }
}
