package org.openv2v.simulation.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.network.Variation;
import org.openv2v.simulation.network.Withdrawal;

/**
 * Self-contained HTML reports of network simulations: inline SVG and CSS, no script, no fonts or
 * files from elsewhere, so a report can be mailed or archived as one file.
 */
public final class HtmlReport {

  private static final String STYLE =
      "body{font-family:sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}"
          + "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}"
          + "table{border-collapse:collapse;margin:1em 0}"
          + "td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:right}"
          + "th:first-child,td:first-child{text-align:left}"
          + ".note{color:#555;font-size:.9em}";

  private HtmlReport() {}

  public static String single(NetworkSummary s) {
    StringBuilder html = head("Simulation: " + s.scenario());
    html.append("<p class=\"note\">")
        .append(escape(s.product()))
        .append(", ")
        .append(Json.number(s.years()))
        .append(" years after warm-up, ")
        .append(s.replications())
        .append(" replications, seed ")
        .append(s.seed())
        .append(". Counts are means per replication over the whole period.</p>");
    html.append(keyFigures(List.of(s)));

    html.append("<h2>Vein-to-vein time (apheresis to infusion)</h2>");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < NetworkSummary.HISTOGRAM_BINS; i++) {
      double from = i * NetworkSummary.HISTOGRAM_BIN_DAYS;
      labels.add(
          i == NetworkSummary.HISTOGRAM_BINS - 1 ? Json.number(from) + "+" : Json.number(from));
    }
    html.append(Svg.columns(s.veinToVeinHistogram(), labels, "days", "patients, all replications"));

    html.append("<h2>Waiting list over time</h2><p class=\"note\">Patients referred and not yet")
        .append(" infused or withdrawn, monthly average (mean of replications).</p>");
    double[] months = s.monthlyWaitlist();
    if (months.length >= 2) {
      double[] xs = new double[months.length];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = i / 12.0;
      }
      html.append(
          Svg.line(
              xs, months, null, null, "years after warm-up (month starts)", "patients waiting"));
    }

    html.append("<h2>Withdrawals by cause</h2>");
    List<String> causes = new ArrayList<>();
    double[] counts = new double[Withdrawal.values().length];
    for (Withdrawal w : Withdrawal.values()) {
      causes.add(w.key());
      counts[w.ordinal()] = s.withdrawn().get(w);
    }
    html.append(Svg.bars(causes, counts, "%.1f", 0));

    html.append("<h2>Utilisation</h2>");
    List<String> resources = new ArrayList<>(s.utilization().keySet());
    double[] use = new double[resources.size()];
    for (int i = 0; i < use.length; i++) {
      use[i] = 100 * s.utilization().get(resources.get(i));
    }
    html.append(Svg.bars(resources, use, "%.1f%%", 100));
    html.append("<p class=\"note\">Little's law in the model: mean patients in the pathway ")
        .append(fmt(s.littlesLaw().meanInPathway()))
        .append(" vs referrals per day × mean days in the pathway ")
        .append(fmt(s.littlesLaw().lambdaW()))
        .append(".</p>");
    return html.append("</body></html>\n").toString();
  }

  public static String comparison(List<NetworkSummary> summaries) {
    StringBuilder html = head("Scenario comparison");
    html.append(keyFigures(summaries));
    List<String> names = summaries.stream().map(NetworkSummary::scenario).toList();
    html.append("<h2>Fraction of referred patients infused</h2>");
    html.append(
        Svg.bars(
            names,
            summaries.stream().mapToDouble(s -> 100 * s.fractionInfused().mean()).toArray(),
            "%.1f%%",
            100));
    html.append("<h2>Median days from referral to infusion</h2>");
    html.append(
        Svg.bars(
            names,
            summaries.stream().mapToDouble(s -> s.referralToInfusion().p50()).toArray(),
            "%.1f",
            0));
    html.append("<h2>Median vein-to-vein days</h2>");
    html.append(
        Svg.bars(
            names, summaries.stream().mapToDouble(s -> s.veinToVein().p50()).toArray(), "%.1f", 0));
    html.append("<h2>Mean waiting list</h2>");
    html.append(
        Svg.bars(
            names,
            summaries.stream().mapToDouble(NetworkSummary::waitlistMean).toArray(),
            "%.1f",
            0));
    return html.append("</body></html>\n").toString();
  }

  public static String sensitivity(Variation variation, List<NetworkSummary> summaries) {
    StringBuilder html = head("Sensitivity to " + variation.parameter());
    double[] xs = variation.values().stream().mapToDouble(Double::doubleValue).toArray();
    int[] order = sortedOrder(xs);
    double[] x = new double[xs.length];
    double[] y = new double[xs.length];
    double[] lo = new double[xs.length];
    double[] hi = new double[xs.length];
    double[] days = new double[xs.length];
    for (int k = 0; k < order.length; k++) {
      NetworkSummary s = summaries.get(order[k]);
      x[k] = xs[order[k]];
      y[k] = 100 * s.fractionInfused().mean();
      lo[k] = 100 * s.fractionInfused().lower();
      hi[k] = 100 * s.fractionInfused().upper();
      days[k] = s.referralToInfusion().p50();
    }
    html.append("<h2>Referred patients infused (%, with 95% CI)</h2>");
    html.append(Svg.line(x, y, lo, hi, variation.parameter(), "% infused"));
    html.append("<h2>Median days from referral to infusion</h2>");
    html.append(Svg.line(x, days, null, null, variation.parameter(), "days"));
    html.append(keyFigures(summaries));
    return html.append("</body></html>\n").toString();
  }

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

  private static String keyFigures(List<NetworkSummary> summaries) {
    StringBuilder t = new StringBuilder("<table><tr><th></th>");
    for (NetworkSummary s : summaries) {
      t.append("<th>").append(escape(s.scenario())).append("</th>");
    }
    t.append("</tr>");
    row(t, "Referred", summaries, s -> fmt(s.referred()));
    row(t, "Infused", summaries, s -> fmt(s.infused()));
    row(
        t,
        "Fraction infused (95% CI)",
        summaries,
        s ->
            pct(s.fractionInfused().mean())
                + " ("
                + pct(s.fractionInfused().lower())
                + "–"
                + pct(s.fractionInfused().upper())
                + ")");
    row(t, "Vein-to-vein days p10 / p50 / p90", summaries, s -> days(s.veinToVein()));
    row(
        t,
        "Referral to infusion days p10 / p50 / p90",
        summaries,
        s -> days(s.referralToInfusion()));
    for (Withdrawal w : Withdrawal.values()) {
      row(t, "Withdrawn: " + w.key(), summaries, s -> fmt(s.withdrawn().get(w)));
    }
    row(
        t,
        "Waiting list mean / max",
        summaries,
        s -> fmt(s.waitlistMean()) + " / " + fmt(s.waitlistMax()));
    return t.append("</table>").toString();
  }

  private static void row(
      StringBuilder t,
      String label,
      List<NetworkSummary> summaries,
      java.util.function.Function<NetworkSummary, String> value) {
    t.append("<tr><td>").append(escape(label)).append("</td>");
    for (NetworkSummary s : summaries) {
      t.append("<td>").append(escape(value.apply(s))).append("</td>");
    }
    t.append("</tr>");
  }

  private static StringBuilder head(String title) {
    return new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body><h1>")
        .append(escape(title))
        .append("</h1>");
  }

  private static int[] sortedOrder(double[] xs) {
    return java.util.stream.IntStream.range(0, xs.length)
        .boxed()
        .sorted((a, b) -> Double.compare(xs[a], xs[b]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static String days(NetworkSummary.Days d) {
    return fmt(d.p10()) + " / " + fmt(d.p50()) + " / " + fmt(d.p90());
  }

  private static String fmt(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "–";
  }

  private static String pct(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f%%", 100 * value) : "–";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
