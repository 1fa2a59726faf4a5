package org.openv2v.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVRecord;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkExperiment;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * The access simulator's trial scenarios against the trials' published share never infused. The
 * tolerance is the published proportion's Wilson 95% interval: a simulated cohort drawn from the
 * same process would land in it 95% of the time.
 */
final class TrialChecks {

  static final String GROUP = "trials";
  private static final double Z = 1.959963984540054;

  private TrialChecks() {}

  record Run(double years, int replications, long seed, int threads) {}

  static List<Check> checks(Run run, Locale locale) {
    ResourceBundle messages = ResourceBundle.getBundle("validation/templates/validation", locale);
    List<Check> checks = new ArrayList<>();
    for (CSVRecord row : Rows.read("trials.csv")) {
      String scenario = row.get("scenario");
      int notInfused = Integer.parseInt(row.get("notInfused"));
      int enrolled = Integer.parseInt(row.get("enrolled"));
      double published = (double) notInfused / enrolled;
      double[] wilson = wilson(notInfused, enrolled);
      Double model = null;
      String note;
      if (BuiltInScenarios.NAMES.contains(scenario)) {
        NetworkScenario loaded = BuiltInScenarios.load(scenario, ReferenceVocabulary.get());
        NetworkSummary summary =
            NetworkExperiment.run(
                loaded, run.years(), run.replications(), run.seed(), run.threads(), done -> {});
        model = 1 - summary.fractionInfused().mean();
        // The use comes from the scenario's own trial section: one place says what was fitted.
        boolean calibrated = loaded.trial() != null && "calibration".equals(loaded.trial().use());
        note =
            new MessageFormat(
                    messages.getString(calibrated ? "trial.calibrated" : "trial.independent"),
                    locale)
                .format(
                    new Object[] {
                      scenario,
                      1 - summary.fractionInfused().upper(),
                      1 - summary.fractionInfused().lower()
                    });
      } else {
        note = MessageFormat.format(messages.getString("trial.noScenario"), scenario);
      }
      checks.add(
          Check.of(
              GROUP,
              scenario,
              new MessageFormat(messages.getString("trial.target"), locale)
                  .format(
                      new Object[] {
                        "ko".equals(locale.getLanguage()) ? row.get("trialKo") : row.get("trial"),
                        notInfused,
                        enrolled
                      }),
              row.get("source"),
              published,
              model,
              Unit.SHARE,
              "binomial",
              0.95,
              wilson[0],
              wilson[1],
              note));
    }
    return checks;
  }

  /** Wilson score interval for x successes in n trials. */
  static double[] wilson(int x, int n) {
    double p = (double) x / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
    return new double[] {centre - half, centre + half};
  }
}
