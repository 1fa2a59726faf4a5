package org.openv2v.simulation.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.network.Variation;

/** comparison.json and sensitivity.json: the summaries of several runs in one file. */
public final class SummaryFiles {

  private SummaryFiles() {}

  public static Map<String, Object> comparisonJson(List<NetworkSummary> summaries) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scenarios", summaries.stream().map(NetworkSummary::toJson).toList());
    return json;
  }

  public static Map<String, Object> sensitivityJson(
      Variation variation, List<NetworkSummary> summaries) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("parameter", variation.parameter());
    json.put("values", variation.values());
    json.put("runs", summaries.stream().map(NetworkSummary::toJson).toList());
    return json;
  }
}
