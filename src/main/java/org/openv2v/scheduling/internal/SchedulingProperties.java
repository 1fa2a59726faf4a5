package org.openv2v.scheduling.internal;

import java.util.EnumMap;
import java.util.Map;
import org.openv2v.scheduling.domain.DiseaseTempo;
import org.openv2v.scheduling.domain.TransitQuantile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling settings ({@code openv2v.scheduling.*}).
 *
 * @param maxWaitDays longest wait from listing to earliest infusion the planner allows while any
 *     plan allows it; 180 days is the six-month median wait that US myeloma centres reported as
 *     harmful (Kourelis, TCT 2023; evidence §2.3): the planner must do better than that for all
 * @param plannerSeconds default time limit of a planning run
 * @param horizonDays how far ahead options and plans look (26 weeks, as the instance)
 * @param infusionLeadDays days from receipt at the centre to the earliest infusion: 3 days of
 *     fludarabine/cyclophosphamide, then infusion 2 days later (tisa-cel label: infuse 2-11 days
 *     after lymphodepletion; products.json)
 * @param optionCount how many booking options to offer at most
 * @param transitQuantile which transit time promises use (P90 by default)
 * @param priorityWeights weight of each disease tempo in the planner's objective; defaults 3/2/1
 *     are an assumption (no published weights were found), documented in docs/scheduling.md
 * @param defaultManufacturingDays used when a facility has not published its time for a product
 */
@ConfigurationProperties("openv2v.scheduling")
public record SchedulingProperties(
    @DefaultValue("180") int maxWaitDays,
    @DefaultValue("20") int plannerSeconds,
    @DefaultValue("182") int horizonDays,
    @DefaultValue("5") int infusionLeadDays,
    @DefaultValue("5") int optionCount,
    @DefaultValue("P90") TransitQuantile transitQuantile,
    Map<DiseaseTempo, Double> priorityWeights,
    @DefaultValue("21") int defaultManufacturingDays) {

  public SchedulingProperties {
    Map<DiseaseTempo, Double> weights = new EnumMap<>(DiseaseTempo.class);
    weights.put(DiseaseTempo.RAPID, 3.0);
    weights.put(DiseaseTempo.INTERMEDIATE, 2.0);
    weights.put(DiseaseTempo.INDOLENT, 1.0);
    if (priorityWeights != null) {
      weights.putAll(priorityWeights);
    }
    priorityWeights = Map.copyOf(weights);
  }

  public double weightOf(DiseaseTempo tempo) {
    return priorityWeights.get(tempo);
  }
}
