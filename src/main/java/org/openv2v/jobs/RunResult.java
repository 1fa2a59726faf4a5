package org.openv2v.jobs;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished run leaves: a summary (a JSON object) and named files (reports per language, CSV
 * tables), all stored in the database.
 */
public record RunResult(Map<String, Object> summary, Map<String, byte[]> outputs) {

  public RunResult {
    summary = withoutNaN(summary);
    outputs = Map.copyOf(outputs);
  }

  public static RunResult of(Map<String, Object> summary) {
    return new RunResult(summary, Map.of());
  }

  /** This result with one more text file (UTF-8). */
  public RunResult with(String name, String text) {
    Map<String, byte[]> more = new LinkedHashMap<>(outputs);
    more.put(name, text.getBytes(StandardCharsets.UTF_8));
    return new RunResult(summary, more);
  }

  /** JSON has no NaN: an undefined figure (no patient infused, say) becomes null. */
  static Map<String, Object> withoutNaN(Map<String, Object> map) {
    Map<String, Object> clean = new LinkedHashMap<>();
    map.forEach((k, v) -> clean.put(k, clean(v)));
    return clean;
  }

  @SuppressWarnings("unchecked")
  private static Object clean(Object value) {
    if (value instanceof Double d && !Double.isFinite(d)) {
      return null;
    }
    if (value instanceof Float f && !Float.isFinite(f)) {
      return null;
    }
    if (value instanceof Map<?, ?> m) {
      return withoutNaN((Map<String, Object>) m);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(RunResult::clean).toList();
    }
    return value;
  }
}
