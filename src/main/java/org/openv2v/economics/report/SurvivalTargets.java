package org.openv2v.economics.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openv2v.economics.scenario.ReferenceCsv;

/**
 * The published survival points a model was calibrated to, drawn over its curves:
 * economics/models/NAME.targets.csv ({@code arm,curve,years,value,label,source}); none if absent.
 */
record SurvivalTargets(List<Target> targets) {

  record Target(
      String arm, String curve, double years, double value, String label, String source) {}

  static SurvivalTargets of(String model) {
    String resource = "/economics/models/" + model + ".targets.csv";
    try (InputStream in = SurvivalTargets.class.getResourceAsStream(resource)) {
      if (in == null) {
        return new SurvivalTargets(List.of());
      }
      List<Target> targets = new ArrayList<>();
      try (CSVParser csv =
          CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), ReferenceCsv.FORMAT)) {
        for (CSVRecord r : csv) {
          targets.add(
              new Target(
                  r.get("arm"),
                  r.get("curve"),
                  Double.parseDouble(r.get("years")),
                  Double.parseDouble(r.get("value")),
                  r.get("label"),
                  r.get("source")));
        }
      }
      return new SurvivalTargets(List.copyOf(targets));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
