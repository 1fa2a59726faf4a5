package org.openv2v.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.engine.Replications;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.ScenarioException;
import org.openv2v.simulation.network.Variation;
import org.openv2v.simulation.output.RunFiles;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * The access simulator as a plain function for other modules (the economics "value of faster
 * access" sweep, issue 12 item 7): a built-in or file scenario with an extra delay before
 * apheresis, run in-process, written as the summary.json and patients.csv that {@code simulate
 * network} writes, so the economic model evaluates each simulated patient with that patient's own
 * wait. The delay is added to the median of the payer-approval time, the step between eligibility
 * and apheresis (a log-normal keeps its spread; a fixed time becomes that time plus the delay).
 */
public final class AccessDelay {

  private AccessDelay() {}

  /**
   * Runs the scenario with the delay and writes DIR/summary.json and DIR/patients.csv.
   *
   * @param scenario a built-in scenario name or a YAML file path
   * @param extraDays days added before apheresis (0 = the scenario as written)
   * @throws IllegalArgumentException for an unknown scenario, a broken file or a bad number
   * @throws UncheckedIOException when DIR cannot be written
   */
  public static void writeRun(
      String scenario, double extraDays, double years, int replications, long seed, Path dir) {
    if (!(extraDays >= 0 && extraDays <= 3650)) {
      throw new IllegalArgumentException("the delay must be 0..3650 days, was " + extraDays);
    }
    try {
      NetworkScenario s = BuiltInScenarios.nameOrFile(scenario, ReferenceVocabulary.get());
      if (extraDays > 0) {
        double median = median(s.pathway().payerApproval());
        s = new Variation("approvalDays", List.of(median + extraDays)).apply(s, median + extraDays);
      }
      RunFiles.writeSummary(
          dir,
          RunFiles.simulate(
              dir, s, years, replications, seed, Replications.allCores(), done -> {}));
    } catch (ScenarioException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in scenarios a delay can be added to, by name. */
  public static List<String> builtInScenarios() {
    return BuiltInScenarios.NAMES;
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
}
