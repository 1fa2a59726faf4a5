package org.openv2v.economics.report;

import java.util.Locale;
import java.util.Map;
import org.openv2v.charts.ReportTemplates;
import org.openv2v.economics.scenario.Analysis;

/**
 * report.html: one self-contained page from templates/economics/report.html, every plot drawn by
 * the shared chart component; no script, nothing fetched.
 */
public final class ReportPage {

  private static final ReportTemplates TEMPLATES =
      ReportTemplates.withBundles("economics/messages");

  private ReportPage() {}

  /** Readies the template engine while the caller loads and runs the model (issue 17). */
  public static void prepare(Locale locale) {
    TEMPLATES.prepareInBackground(locale);
  }

  public static String render(Analysis analysis) {
    return render(analysis, Locale.ENGLISH);
  }

  public static String render(Analysis analysis, Locale locale) {
    return TEMPLATES.render("economics/report", locale, view(analysis, locale));
  }

  /** The report below its heading alone, for the run's page to show inside itself. */
  public static String section(Analysis analysis, Locale locale) {
    return TEMPLATES.renderPart("economics/report", "section", locale, view(analysis, locale));
  }

  private static Map<String, Object> view(Analysis analysis, Locale locale) {
    return Map.of(
        "r", ReportView.of(analysis, locale), "cur", analysis.scenario().spec().currency());
  }
}
