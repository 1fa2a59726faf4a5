package org.openv2v.simulation.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openv2v.simulation.network.NetworkExperiment;
import org.openv2v.simulation.network.NetworkScenario;

/**
 * The two files of one simulated scenario that other tools read: summary.json (naming its patients
 * file) and patients.csv. Written the same way by {@code simulate network} and by the economics
 * access-value sweep, so both hand the economic model the same contract.
 */
public final class RunFiles {

  private RunFiles() {}

  public static void write(Path dir, NetworkScenario scenario, NetworkExperiment.Run run)
      throws IOException {
    Files.createDirectories(dir);
    Map<String, Object> json = run.summary().toJson();
    json.put("patientsFile", PatientsCsv.FILE);
    Files.writeString(dir.resolve("summary.json"), Json.write(json), StandardCharsets.UTF_8);
    try (OutputStream csv =
        new BufferedOutputStream(Files.newOutputStream(dir.resolve(PatientsCsv.FILE)), 1 << 16)) {
      PatientsCsv.write(scenario, run.patients(), csv);
    }
  }
}
