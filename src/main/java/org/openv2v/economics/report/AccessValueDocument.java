package org.openv2v.economics.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.openv2v.economics.scenario.AccessValue;
import org.openv2v.economics.scenario.ModelSpec;

/**
 * summary.json of the "value of faster access" analysis, the same from the command line and from
 * the planning pages: keys in a fixed order, so the same run gives the same bytes.
 */
public final class AccessValueDocument {

  private AccessValueDocument() {}

  public static Map<String, Object> of(AccessValueReport.Run run) {
    ModelSpec spec = run.spec();
    List<AccessValue.Row> rows = run.rows();
    String scenario = run.scenario();
    int psa = run.psaIterations();
    long seed = run.seed();
    double years = run.years();
    int replications = run.replications();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("analysis", "access-value");
    doc.put("model", spec.name());
    doc.put("title", spec.title());
    doc.put("currency", spec.currency());
    doc.put("intervention", spec.intervention());
    doc.put("comparator", spec.comparator());
    doc.put("willingnessToPay", spec.willingnessToPay().of(spec.baseValues()));
    doc.put("perspective", "per referred patient (intention to treat)");
    doc.put("scenario", scenario);
    doc.put(
        "delay",
        scenario == null
            ? "days added to the model's own vein-to-vein time (its dropout hazard applies)"
            : "days added before apheresis: to the median payer-approval time of the scenario");
    if (scenario != null) {
      Map<String, Object> sim = new LinkedHashMap<>();
      sim.put("years", years);
      sim.put("replications", replications);
      sim.put("seed", seed);
      doc.put("simulation", sim);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("iterations", psa);
    p.put("seed", seed);
    p.put("interval", psa > 0 ? "2.5% and 97.5% points of the PSA" : "none (no --psa)");
    doc.put("psa", p);
    List<Map<String, Object>> table = new ArrayList<>();
    AccessValue.Row first = rows.get(0);
    for (AccessValue.Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("delayDays", r.delayDays());
      m.put("fractionInfused", r.fractionInfused());
      m.put("fractionInfusedLow", number(r.fractionInfusedLow()));
      m.put("fractionInfusedHigh", number(r.fractionInfusedHigh()));
      m.put("waitDays", r.waitDays());
      m.put("lys", r.lys());
      m.put("lysLow", number(r.lysInterval().low()));
      m.put("lysHigh", number(r.lysInterval().high()));
      m.put("qalys", r.qalys());
      m.put("qalysLow", number(r.qalysInterval().low()));
      m.put("qalysHigh", number(r.qalysInterval().high()));
      m.put("costs", r.costs());
      m.put("nmb", r.netMonetaryBenefit());
      m.put("nmbLow", number(r.nmbInterval().low()));
      m.put("nmbHigh", number(r.nmbInterval().high()));
      m.put("nmbChangeFromFirstDelay", r.netMonetaryBenefit() - first.netMonetaryBenefit());
      m.put("source", r.simulation());
      table.add(m);
    }
    doc.put("rows", table);
    Map<String, Object> plot = new LinkedHashMap<>();
    plot.put("x", "delayDays");
    plot.put("xLabel", "Delay before apheresis (days)");
    plot.put(
        "series",
        List.of(
            series("fractionInfused", "Share infused", null, null),
            series("lys", "Life-years per referred patient", "lysLow", "lysHigh"),
            series("qalys", "QALYs per referred patient", "qalysLow", "qalysHigh"),
            series(
                "nmb",
                "Net monetary benefit per referred patient (" + spec.currency() + ")",
                "nmbLow",
                "nmbHigh")));
    doc.put("plot", plot);
    return doc;
  }

  private static Map<String, Object> series(String y, String label, String low, String high) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("y", y);
    m.put("label", label);
    m.put("low", low);
    m.put("high", high);
    return m;
  }

  private static Object number(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
