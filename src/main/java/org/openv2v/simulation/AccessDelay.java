package org.openv2v.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.engine.Replications;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkExperiment;
import org.openv2v.simulation.network.Scenario;
import org.openv2v.simulation.network.ScenarioException;
import org.openv2v.simulation.network.ScenarioReader;
import org.openv2v.simulation.network.Variation;
import org.openv2v.simulation.output.Json;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * The access simulator as a plain function for other modules (the economics "value of faster
 * access" sweep, issue 12 item 7): a built-in or file scenario with an extra delay before
 * apheresis, run in-process, answered as the text of the summary.json that {@code simulate network}
 * writes. The delay is added to the median of the payer-approval time, the step between eligibility
 * and apheresis (a log-normal keeps its spread; a fixed time becomes that time plus the delay).
 */
public final class AccessDelay {

  private AccessDelay() {}

  /**
   * @param scenario a built-in scenario name or a YAML file path
   * @param extraDays days added before apheresis (0 = the scenario as written)
   * @throws IllegalArgumentException for an unknown scenario, a broken file or a bad number
   */
  public static String summaryJson(
      String scenario, double extraDays, double years, int replications, long seed) {
    if (!(extraDays >= 0 && extraDays <= 3650)) {
      throw new IllegalArgumentException("the delay must be 0..3650 days, was " + extraDays);
    }
    try {
      Scenario s = load(scenario);
      if (extraDays > 0) {
        double median = median(s.pathway().payerApproval());
        s =
            new Variation("approvalDays", java.util.List.of(median + extraDays))
                .apply(s, median + extraDays);
      }
      return Json.write(
          NetworkExperiment.run(s, years, replications, seed, Replications.allCores(), done -> {})
              .toJson());
    } catch (ScenarioException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static double median(Distribution d) {
    if (d instanceof Distribution.LogNormal ln) {
      return Math.exp(ln.mu());
    }
    if (d instanceof Distribution.Fixed f) {
      return f.value();
    }
    return d.mean();
  }

  private static Scenario load(String nameOrFile) {
    if (BuiltInScenarios.NAMES.contains(nameOrFile)) {
      return BuiltInScenarios.load(nameOrFile, ReferenceVocabulary.get());
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no built-in scenario or file named '"
              + nameOrFile
              + "' (built in: "
              + String.join(", ", BuiltInScenarios.NAMES)
              + ")");
    }
    try {
      return new ScenarioReader(ReferenceVocabulary.get())
          .read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
