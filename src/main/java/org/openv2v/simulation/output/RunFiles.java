package org.openv2v.simulation.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.IntConsumer;
import org.openv2v.simulation.network.NetworkExperiment;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.NetworkSummary;

/**
 * The two files of one simulated scenario that other tools read: summary.json (naming its patients
 * file) and patients.csv. Written the same way by {@code simulate network} and by the economics
 * access-value sweep, so both hand the economic model the same contract.
 */
public final class RunFiles {

  private RunFiles() {}

  /**
   * Runs the scenario and writes DIR/patients.csv while it runs. The rows go to a file of their own
   * that takes the name patients.csv only once every replication is in it: a run that fails leaves
   * no half a file, and an earlier run's file stays whole until then.
   */
  public static NetworkSummary simulate(
      Path dir,
      NetworkScenario scenario,
      double years,
      int replications,
      long seed,
      int threads,
      IntConsumer progress)
      throws IOException {
    Files.createDirectories(dir);
    Path partial = dir.resolve(PatientsCsv.FILE + ".part");
    NetworkSummary summary;
    try (OutputStream csv = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
      PatientsCsv.Writer rows = new PatientsCsv.Writer(scenario, csv);
      summary = NetworkExperiment.run(scenario, years, replications, seed, threads, progress, rows);
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(partial);
      throw e.getCause();
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(
        partial,
        dir.resolve(PatientsCsv.FILE),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return summary;
  }

  /** DIR/summary.json, naming the patients file beside it. */
  public static void writeSummary(Path dir, NetworkSummary summary) throws IOException {
    Map<String, Object> json = summary.toJson();
    json.put("patientsFile", PatientsCsv.FILE);
    Files.writeString(dir.resolve("summary.json"), Json.write(json), StandardCharsets.UTF_8);
  }
}
