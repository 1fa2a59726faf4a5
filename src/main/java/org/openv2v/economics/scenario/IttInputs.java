package org.openv2v.economics.scenario;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The intention-to-treat figures one evaluation uses, and where they came from.
 *
 * @param fractionInfused share of referred patients who reach infusion
 * @param waitDays days from the decision to treat to infusion
 * @param origin "model file" or the simulation summary's path
 */
public record IttInputs(
    String arm,
    double fractionInfused,
    double waitDays,
    String origin,
    Optional<SimulationSummary> simulation) {

  /** Resolves the figures for one parameter vector: the simulation's, else the model file's. */
  static IttInputs resolve(
      ModelSpec.IntentionToTreat itt, double[] v, Optional<SimulationSummary> simulation) {
    OptionalDouble simWait =
        simulation.map(SimulationSummary::waitDays).orElse(OptionalDouble.empty());
    double wait = simWait.isPresent() ? simWait.getAsDouble() : itt.veinToVeinDays().of(v);
    OptionalDouble simFraction =
        simulation.map(SimulationSummary::fractionInfused).orElse(OptionalDouble.empty());
    double fraction;
    if (simFraction.isPresent()) {
      fraction = simFraction.getAsDouble();
    } else if (itt.fractionInfused().isPresent()) {
      fraction = itt.fractionInfused().get().of(v);
    } else {
      // Competing risk during a deterministic wait: P(no dropout) = e^{−h·T} (evidence.md §6.1).
      fraction =
          (1 - Curves.clamp(itt.manufacturingFailure().of(v)))
              * Math.exp(-Math.max(0, itt.dropoutHazardPerDay().of(v)) * wait);
    }
    return new IttInputs(
        itt.arm(),
        Curves.clamp(fraction),
        Math.max(0, wait),
        simulation.map(s -> s.file().toString()).orElse("model file"),
        simulation);
  }
}
