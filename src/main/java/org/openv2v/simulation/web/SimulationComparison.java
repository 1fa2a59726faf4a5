package org.openv2v.simulation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openv2v.simulation.SimulationStatus;

/**
 * Finished simulations side by side: one row per summary figure (from each run's summary.json), and
 * each run's vein-to-vein histogram. Figures are labelled by message key so both languages work.
 */
record SimulationComparison(List<SimulationStatus> runs, List<Row> rows, List<String> plots) {

  /** One figure for every run, in the runs' order. */
  record Row(String key, List<String> values) {}

  static SimulationComparison of(List<SimulationStatus> runs, List<String> plots) {
    List<Row> rows = new ArrayList<>();
    add(rows, runs, "product", s -> text(s.get("product")));
    add(rows, runs, "referredPerYear", s -> number(at(s, "perYear", "referred")));
    add(rows, runs, "infusedPerYear", s -> number(at(s, "perYear", "infused")));
    add(
        rows,
        runs,
        "fractionInfused",
        s -> {
          Object ci = at(s, "fractionInfused", "ci95");
          String interval =
              ci instanceof List<?> bounds && bounds.size() == 2
                  ? " (" + percent(bounds.get(0)) + "–" + percent(bounds.get(1)) + ")"
                  : "";
          return percent(at(s, "fractionInfused", "mean")) + interval;
        });
    add(rows, runs, "v2vDays", s -> days(s.get("v2vDays")));
    add(rows, runs, "referralToInfusionDays", s -> days(s.get("referralToInfusionDays")));
    add(
        rows,
        runs,
        "waitlist",
        s -> number(at(s, "waitlist", "mean")) + " / " + number(at(s, "waitlist", "max")));
    add(rows, runs, "withdrawn", s -> number(sum(s.get("withdrawn"))));
    add(rows, runs, "stillWaiting", s -> number(s.get("stillWaitingAtEnd")));
    return new SimulationComparison(List.copyOf(runs), rows, List.copyOf(plots));
  }

  private static void add(
      List<Row> rows,
      List<SimulationStatus> runs,
      String key,
      Function<Map<String, Object>, String> value) {
    rows.add(new Row(key, runs.stream().map(run -> run.summary().map(value).orElse("–")).toList()));
  }

  private static Object at(Map<String, Object> summary, String outer, String inner) {
    return summary.get(outer) instanceof Map<?, ?> m ? m.get(inner) : null;
  }

  private static Object sum(Object causes) {
    if (!(causes instanceof Map<?, ?> m)) {
      return null;
    }
    return m.values().stream()
        .filter(Number.class::isInstance)
        .mapToDouble(v -> ((Number) v).doubleValue())
        .sum();
  }

  private static String days(Object distribution) {
    if (!(distribution instanceof Map<?, ?> m)) {
      return "–";
    }
    return number(m.get("p10")) + " / " + number(m.get("p50")) + " / " + number(m.get("p90"));
  }

  private static String text(Object value) {
    return value == null ? "–" : value.toString();
  }

  static String number(Object value) {
    return value instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.1f", n.doubleValue())
        : "–";
  }

  private static String percent(Object value) {
    return value instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.1f%%", 100 * n.doubleValue())
        : "–";
  }
}
