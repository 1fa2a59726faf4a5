package org.openv2v.economics.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.openv2v.economics.model.CohortTrace;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.economics.scenario.ArmOutcome;
import org.openv2v.economics.scenario.BudgetImpact;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.OneWaySensitivity;
import org.openv2v.economics.scenario.Parameter;
import org.openv2v.economics.scenario.ProbabilisticAnalysis;
import org.openv2v.economics.scenario.ScenarioResult;

/** report.html: one self-contained page, tables and inline SVG plots, no script, no CDN. */
public final class ReportPage {

  private ReportPage() {}

  public static String render(Analysis analysis) {
    ModelSpec spec = analysis.scenario().spec();
    ScenarioResult base = analysis.base();
    String cur = spec.currency();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(spec.title()))
        .append("</title><style>")
        .append(
            "body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}")
        .append(
            "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:right}")
        .append(
            "th:first-child,td:first-child{text-align:left}h2{margin-top:2em;border-bottom:2px solid #1f6f8b}")
        .append(
            ".note{color:#555;font-size:.9em}.legend span{display:inline-block;margin-right:1em}.sw{width:12px;height:12px;display:inline-block;margin-right:4px;vertical-align:middle}")
        .append("</style></head><body>");
    h.append("<h1>").append(escape(spec.title())).append("</h1>");
    h.append("<p>").append(escape(spec.description())).append("</p>");
    double[] v = spec.baseValues();
    h.append(
        String.format(
            Locale.ROOT,
            "<p class=\"note\">Model <code>%s</code>; currency %s; horizon %.0f years; %d cycles a year%s; discount %.1f%% costs, %.1f%% effects; willingness to pay %s per QALY; results %s.</p>",
            escape(spec.name()),
            escape(cur),
            spec.horizonYears(),
            spec.cyclesPerYear(),
            spec.halfCycleCorrection() ? " with half-cycle correction" : "",
            100 * spec.costDiscount().of(v),
            100 * spec.effectDiscount().of(v),
            money(base.willingnessToPay()),
            base.itt().isPresent()
                ? "per referred patient (intention to treat)"
                : "per treated patient"));

    h.append("<h2>Results</h2>");
    armTable(h, base.arms(), cur);
    ScenarioResult.Comparison c = base.comparison();
    h.append("<table><tr><th>")
        .append(escape(c.intervention()))
        .append(" vs ")
        .append(escape(c.comparator()))
        .append("</th><th>Value</th></tr>");
    row(h, "Incremental costs (" + cur + ")", money(c.costs()));
    row(h, "Incremental QALYs", fixed(c.qalys(), 3));
    row(h, "Incremental life-years", fixed(c.lys(), 3));
    row(h, "ICER (" + cur + " per QALY)", icer(c.icer()));
    row(h, "ICER (" + cur + " per life-year)", icer(c.icerPerLifeYear()));
    row(
        h,
        "Net monetary benefit at " + money(base.willingnessToPay()),
        money(c.netMonetaryBenefit()));
    row(h, "Verdict", escape(c.verdict()));
    h.append("</table>");
    if (base.frontier().size() > 2) {
      h.append(
          "<table><tr><th>Strategy</th><th>Costs</th><th>QALYs</th><th>Status</th><th>ICER</th></tr>");
      base.frontier()
          .forEach(
              r ->
                  h.append("<tr><td>")
                      .append(escape(r.strategy().name()))
                      .append("</td><td>")
                      .append(money(r.strategy().cost()))
                      .append("</td><td>")
                      .append(fixed(r.strategy().effect(), 3))
                      .append("</td><td>")
                      .append(r.status())
                      .append("</td><td>")
                      .append(icer(r.icer()))
                      .append("</td></tr>"));
      h.append("</table>");
    }
    base.itt()
        .ifPresent(
            itt -> {
              h.append("<h2>Intention to treat</h2>");
              h.append(
                  String.format(
                      Locale.ROOT,
                      "<p>Of patients referred for <b>%s</b>, %.1f%% reach infusion after %.0f days (source: %s); the others receive the comparator and the costs they incurred before leaving.</p>",
                      escape(itt.arm()),
                      100 * itt.fractionInfused(),
                      itt.waitDays(),
                      escape(itt.origin())));
              h.append("<p>Per treated patient:</p>");
              armTable(h, base.perTreated(), cur);
            });

    h.append("<h2>Costs by category</h2><table><tr><th>Category</th>");
    base.arms().forEach(a -> h.append("<th>").append(escape(a.name())).append("</th>"));
    h.append("</tr>");
    for (CostCategory category : CostCategory.values()) {
      if (base.arms().stream().allMatch(a -> a.cost(category) == 0)) {
        continue;
      }
      h.append("<tr><td>").append(category.key()).append("</td>");
      base.arms().forEach(a -> h.append("<td>").append(money(a.cost(category))).append("</td>"));
      h.append("</tr>");
    }
    h.append("</table>");

    h.append("<h2>Survival</h2>").append(survival(base, spec));
    analysis
        .psa()
        .ifPresent(
            psa -> h.append("<h2>Cost-effectiveness plane</h2>").append(plane(psa, base, cur)));
    if (!analysis.acceptability().isEmpty()) {
      h.append("<h2>Cost-effectiveness acceptability curve</h2>").append(ceac(analysis, cur));
      h.append("<h2>Expected value of perfect information</h2>").append(evpi(analysis, cur));
    }
    if (!analysis.tornado().isEmpty()) {
      h.append("<h2>One-way sensitivity (tornado)</h2>")
          .append(tornado(analysis.tornado(), c, cur));
    }
    base.budget().ifPresent(b -> h.append("<h2>Budget impact</h2>").append(budget(b, cur)));

    if (!spec.calibration().isEmpty()) {
      h.append("<h2>Calibration</h2><ul>");
      spec.calibration().forEach(line -> h.append("<li>").append(escape(line)).append("</li>"));
      h.append("</ul>");
    }
    h.append(
        "<h2>Inputs and sources</h2><table><tr><th>Parameter</th><th>Value</th><th>PSA</th><th>Source</th></tr>");
    for (Parameter p : spec.parameters()) {
      if (p.line() == 0) {
        continue;
      }
      h.append("<tr><td>")
          .append(escape(p.name()))
          .append("</td><td>")
          .append(Plot.tick(p.base()).equals("0") ? "0" : trim(p.base()))
          .append("</td><td>")
          .append(p.distribution().map(d -> d.type()).orElse(""))
          .append("</td><td style=\"text-align:left\">")
          .append(escape(p.source()))
          .append("</td></tr>");
    }
    h.append("</table></body></html>");
    return h.toString();
  }

  private static void armTable(StringBuilder h, List<ArmOutcome> arms, String cur) {
    h.append("<table><tr><th>Arm</th><th>Costs (")
        .append(escape(cur))
        .append(
            ")</th><th>QALYs</th><th>Life-years</th><th>Undiscounted LYs</th><th>Payer</th><th>Patient</th></tr>");
    for (ArmOutcome a : arms) {
      h.append("<tr><td>")
          .append(escape(a.label()))
          .append("</td><td>")
          .append(money(a.costs()))
          .append("</td><td>")
          .append(fixed(a.qalys(), 3))
          .append("</td><td>")
          .append(fixed(a.lys(), 3))
          .append("</td><td>")
          .append(fixed(a.lysUndiscounted(), 3))
          .append("</td><td>")
          .append(money(a.payer()))
          .append("</td><td>")
          .append(money(a.patient()))
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private static String survival(ScenarioResult base, ModelSpec spec) {
    double years = Math.min(spec.horizonYears(), 10);
    Plot plot =
        new Plot(900, 340, 0, years, 0, 1)
            .axes("years since infusion (treated patients)", "share of cohort");
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    int colour = 0;
    for (ArmOutcome arm : base.perTreated()) {
      if (arm.trace().isEmpty()) {
        continue;
      }
      CohortTrace trace = arm.trace().get();
      int n = Math.min(trace.cycles(), (int) Math.round(years / trace.cycleYears()));
      double[] t = new double[n + 1];
      double[] alive = new double[n + 1];
      double[] first = new double[n + 1];
      for (int k = 0; k <= n; k++) {
        t[k] = k * trace.cycleYears();
        alive[k] = trace.alive(k);
        first[k] = trace.share(0, k);
      }
      String col = Plot.COLOURS[colour++ % Plot.COLOURS.length];
      plot.polyline(t, alive, col, arm.name() + " overall survival");
      plot.polyline(t, first, col + "99", arm.name() + " " + trace.states().get(0));
      legend
          .append("<span><i class=\"sw\" style=\"background:")
          .append(col)
          .append("\"></i>")
          .append(escape(arm.name()))
          .append(": alive (solid), ")
          .append(escape(trace.states().get(0)))
          .append(" (light)</span>");
    }
    return plot.svg("Survival curves") + legend.append("</p>");
  }

  private static String plane(ProbabilisticAnalysis.Result psa, ScenarioResult base, String cur) {
    int i = psa.arms().indexOf(base.comparison().intervention());
    int c = psa.arms().indexOf(base.comparison().comparator());
    int n = psa.costs().length;
    double[] dq = new double[n];
    double[] dc = new double[n];
    for (int k = 0; k < n; k++) {
      dq[k] = psa.qalys()[k][i] - psa.qalys()[k][c];
      dc[k] = psa.costs()[k][i] - psa.costs()[k][c];
    }
    double qMin = Math.min(0, min(dq));
    double qMax = Math.max(0, max(dq));
    double cMin = Math.min(0, min(dc));
    double cMax = Math.max(0, max(dc));
    Plot plot =
        new Plot(900, 400, qMin, qMax, cMin, cMax)
            .axes("incremental QALYs", "incremental costs (" + cur + ")");
    // At most 2,000 points keep the page light; every iteration still counts in the curves.
    int step = Math.max(1, n / 2000);
    double[] shownQ = new double[(n + step - 1) / step];
    double[] shownC = new double[shownQ.length];
    for (int k = 0, j = 0; k < n; k += step, j++) {
      shownQ[j] = dq[k];
      shownC[j] = dc[k];
    }
    plot.points(shownQ, shownC, Plot.COLOURS[0]);
    double wtp = base.willingnessToPay();
    double qEnd = wtp > 0 ? Math.min(qMax, cMax / wtp) : qMax;
    plot.dashed(0, 0, qEnd, wtp * qEnd, Plot.COLOURS[1]);
    plot.polyline(
        new double[] {base.comparison().qalys()},
        new double[] {base.comparison().costs()},
        "#000",
        "base case");
    plot.rect(
        base.comparison().qalys() - (qMax - qMin) / 200,
        base.comparison().costs() - (cMax - cMin) / 120,
        base.comparison().qalys() + (qMax - qMin) / 200,
        base.comparison().costs() + (cMax - cMin) / 120,
        "#000",
        "base case");
    return plot.svg("Cost-effectiveness plane")
        + "<p class=\"note\">"
        + n
        + " iterations (seed "
        + psa.seed()
        + "); dashed line: willingness to pay "
        + money(wtp)
        + " per QALY; black square: base case.</p>";
  }

  private static String ceac(Analysis analysis, String cur) {
    List<Analysis.WtpPoint> points = analysis.acceptability();
    double max = points.get(points.size() - 1).willingnessToPay();
    Plot plot =
        new Plot(900, 340, 0, max, 0, 1)
            .axes("willingness to pay (" + cur + " per QALY)", "probability cost-effective");
    List<String> arms = analysis.psa().orElseThrow().arms();
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    for (int a = 0; a < arms.size(); a++) {
      double[] x = new double[points.size()];
      double[] y = new double[points.size()];
      for (int k = 0; k < points.size(); k++) {
        x[k] = points.get(k).willingnessToPay();
        y[k] = points.get(k).probabilityCostEffective()[a];
      }
      String col = Plot.COLOURS[a % Plot.COLOURS.length];
      plot.polyline(x, y, col, arms.get(a));
      legend
          .append("<span><i class=\"sw\" style=\"background:")
          .append(col)
          .append("\"></i>")
          .append(escape(arms.get(a)))
          .append("</span>");
    }
    return plot.svg("Acceptability curve") + legend.append("</p>");
  }

  private static String evpi(Analysis analysis, String cur) {
    List<Analysis.WtpPoint> points = analysis.acceptability();
    double[] x = points.stream().mapToDouble(Analysis.WtpPoint::willingnessToPay).toArray();
    double[] y = points.stream().mapToDouble(Analysis.WtpPoint::evpi).toArray();
    Plot plot =
        new Plot(900, 300, 0, x[x.length - 1], 0, Math.max(1, max(y)))
            .axes("willingness to pay (" + cur + " per QALY)", "EVPI per patient (" + cur + ")");
    plot.polyline(x, y, Plot.COLOURS[3], "EVPI");
    return plot.svg("EVPI");
  }

  private static String tornado(
      List<OneWaySensitivity.Bar> bars, ScenarioResult.Comparison c, String cur) {
    double lo = c.netMonetaryBenefit();
    double hi = c.netMonetaryBenefit();
    for (OneWaySensitivity.Bar b : bars) {
      lo = Math.min(lo, Math.min(b.nmbAtLow(), b.nmbAtHigh()));
      hi = Math.max(hi, Math.max(b.nmbAtLow(), b.nmbAtHigh()));
    }
    int rows = bars.size();
    Plot plot =
        new Plot(900, 70 + 26 * rows, 260, lo, hi, 0, rows)
            .categorical(false, true)
            .axes("incremental net monetary benefit (" + cur + ")", "");
    for (int r = 0; r < rows; r++) {
      String name = bars.get(r).parameter();
      plot.rowLabel(
          rows - r - 0.5, name.length() > 40 ? "…" + name.substring(name.length() - 39) : name);
    }
    for (int r = 0; r < rows; r++) {
      OneWaySensitivity.Bar b = bars.get(r);
      double yTop = rows - r - 0.15;
      double yBottom = rows - r - 0.85;
      plot.rect(
          c.netMonetaryBenefit(),
          yBottom,
          b.nmbAtLow(),
          yTop,
          Plot.COLOURS[0],
          b.parameter() + " low " + trim(b.low()));
      plot.rect(
          c.netMonetaryBenefit(),
          yBottom,
          b.nmbAtHigh(),
          yTop,
          Plot.COLOURS[1],
          b.parameter() + " high " + trim(b.high()));
    }
    plot.dashed(c.netMonetaryBenefit(), 0, c.netMonetaryBenefit(), rows, "#000");
    StringBuilder table =
        new StringBuilder(
            "<table><tr><th>Parameter</th><th>Low</th><th>High</th><th>NMB at low</th><th>NMB at high</th></tr>");
    for (OneWaySensitivity.Bar b : bars) {
      table
          .append("<tr><td>")
          .append(escape(b.parameter()))
          .append("</td><td>")
          .append(trim(b.low()))
          .append("</td><td>")
          .append(trim(b.high()))
          .append("</td><td>")
          .append(money(b.nmbAtLow()))
          .append("</td><td>")
          .append(money(b.nmbAtHigh()))
          .append("</td></tr>");
    }
    return plot.svg("Tornado")
        + "<p class=\"legend\"><span><i class=\"sw\" style=\"background:"
        + Plot.COLOURS[0]
        + "\"></i>parameter at its low value</span><span><i class=\"sw\" style=\"background:"
        + Plot.COLOURS[1]
        + "\"></i>at its high value</span>; bars in the order of the table.</p>"
        + table.append("</table>");
  }

  private static String budget(BudgetImpact b, String cur) {
    String[] names = {
      "drug", "procedures", "hospital", "adverseEvents", "other", "refunds", "capRefund"
    };
    double hi = b.yearlyCap();
    double lo = 0;
    for (BudgetImpact.Year y : b.years()) {
      double positive = y.drug() + y.procedures() + y.hospital() + y.adverseEvents() + y.other();
      hi = Math.max(hi, positive);
      lo = Math.min(lo, y.refunds() + y.capRefund());
    }
    Plot plot =
        new Plot(900, 360, 0.4, b.years().size() + 0.6, lo, hi * 1.05)
            .categorical(true, false)
            .axes("year", "spending (" + cur + ")");
    for (BudgetImpact.Year y : b.years()) {
      plot.columnLabel(y.year(), "year " + y.year());
    }
    for (BudgetImpact.Year y : b.years()) {
      double[] parts = {
        y.drug(),
        y.procedures(),
        y.hospital(),
        y.adverseEvents(),
        y.other(),
        y.refunds(),
        y.capRefund()
      };
      double up = 0;
      double down = 0;
      for (int p = 0; p < parts.length; p++) {
        double value = parts[p];
        String col = Plot.COLOURS[p % Plot.COLOURS.length];
        if (value >= 0) {
          plot.rect(
              y.year() - 0.3, up, y.year() + 0.3, up + value, col, names[p] + " " + money(value));
          up += value;
        } else {
          plot.rect(
              y.year() - 0.3,
              down,
              y.year() + 0.3,
              down + value,
              col,
              names[p] + " " + money(value));
          down += value;
        }
      }
    }
    if (b.yearlyCap() > 0) {
      plot.dashed(0.4, b.yearlyCap(), b.years().size() + 0.6, b.yearlyCap(), "#000");
    }
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    for (int p = 0; p < names.length; p++) {
      legend
          .append("<span><i class=\"sw\" style=\"background:")
          .append(Plot.COLOURS[p % Plot.COLOURS.length])
          .append("\"></i>")
          .append(names[p])
          .append("</span>");
    }
    legend
        .append(
            b.yearlyCap() > 0
                ? "<span>dashed: yearly expenditure cap " + money(b.yearlyCap()) + "</span>"
                : "")
        .append("</p>");
    StringBuilder table = new StringBuilder("<table><tr><th>Year</th><th>Patients</th>");
    for (String n : names) {
      table.append("<th>").append(n).append("</th>");
    }
    table.append("<th>Total</th></tr>");
    for (BudgetImpact.Year y : b.years()) {
      table
          .append("<tr><td>")
          .append(y.year())
          .append("</td><td>")
          .append(trim(y.patients()))
          .append("</td>");
      for (double value :
          new double[] {
            y.drug(),
            y.procedures(),
            y.hospital(),
            y.adverseEvents(),
            y.other(),
            y.refunds(),
            y.capRefund(),
            y.total()
          }) {
        table.append("<td>").append(money(value)).append("</td>");
      }
      table.append("</tr>");
    }
    return plot.svg("Budget impact")
        + legend
        + table
            .append("</table><p class=\"note\">Patients per year: ")
            .append(escape(b.patientsSource()))
            .append("</p>");
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><td>")
        .append(escape(name))
        .append("</td><td>")
        .append(value)
        .append("</td></tr>");
  }

  static String money(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  static String fixed(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  static String trim(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }

  private static String icer(OptionalDouble icer) {
    return icer.isPresent() && Double.isFinite(icer.getAsDouble())
        ? money(icer.getAsDouble())
        : "—";
  }

  private static double min(double[] a) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : a) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] a) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : a) {
      m = Math.max(m, x);
    }
    return m;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
