package org.openv2v.safety.domain;

import java.util.List;
import java.util.Optional;

/**
 * A labelled dose specification in CAR-positive viable T cells, per kg or as a total, for a
 * population; {@code cap} limits any weight-based value. Weight bounds: the specification applies
 * up to and including {@code maxWeightKg} and above {@code minWeightKg}.
 */
public record DoseRange(
    String population,
    List<String> indicationCodes,
    boolean perKg,
    Optional<Double> min,
    Optional<Double> target,
    Optional<Double> max,
    Optional<Double> cap,
    Optional<Double> minWeightKg,
    Optional<Double> maxWeightKg,
    String source) {

  public DoseRange {
    indicationCodes = List.copyOf(indicationCodes);
  }

  boolean appliesTo(String indication, double weightKg) {
    return indicationCodes.contains(indication)
        && minWeightKg.map(bound -> weightKg > bound).orElse(true)
        && maxWeightKg.map(bound -> weightKg <= bound).orElse(true);
  }
}
