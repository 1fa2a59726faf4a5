package org.openv2v.economics.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openv2v.charts.ReportTemplates;
import org.openv2v.economics.scenario.Analysis;
import org.openv2v.shared.cli.Meanwhile;

/**
 * report.html: one self-contained page from templates/economics/report.html, every plot drawn by
 * the shared chart component; no script, nothing fetched.
 */
public final class ReportPage {

  private static final ReportTemplates TEMPLATES =
      ReportTemplates.withBundles("economics/messages");

  private static final String HALVES = "economics/report-halves";

  private ReportPage() {}

  /** Readies the template engine while the caller loads and runs the model (issue 17). */
  public static void prepare(Locale locale) {
    TEMPLATES.prepareInBackground(locale);
  }

  public static String render(Analysis analysis) {
    return render(analysis, Locale.ENGLISH);
  }

  public static String render(Analysis analysis, Locale locale) {
    return TEMPLATES.render("economics/report", locale, halves(analysis, locale));
  }

  /** The report below its heading alone, for the run's page to show inside itself. */
  public static String section(Analysis analysis, Locale locale) {
    return TEMPLATES.renderPart("economics/report", "section", locale, halves(analysis, locale));
  }

  /**
   * The view with both halves of the report rendered, the second on another core meanwhile: a
   * command's report is its first render, mostly cold code (about 0.3 s against 0.06 s warm), and
   * came after the PSA on one core while the other idled.
   */
  private static Map<String, Object> halves(Analysis analysis, Locale locale) {
    Map<String, Object> view =
        Map.of("r", ReportView.of(analysis, locale), "cur", analysis.scenario().spec().currency());
    Supplier<String> uncertainty =
        Meanwhile.start(
            "report-uncertainty", () -> TEMPLATES.renderPart(HALVES, "uncertainty", locale, view));
    Map<String, Object> page = new HashMap<>(view);
    page.put("outcomes", TEMPLATES.renderPart(HALVES, "outcomes", locale, view));
    page.put("uncertainty", uncertainty.get());
    return page;
  }
}
