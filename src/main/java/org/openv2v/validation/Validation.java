package org.openv2v.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every check, in the order of the page: life table, §6.5 arithmetic, Lyman 2020, survival anchors,
 * the Korean model, published ICERs, trial scenarios. What validation.json holds; byte-identical
 * for the same options.
 */
public record Validation(
    String language, double simulatedYears, int replications, long seed, List<Check> checks) {

  public static Validation run(TrialChecks.Run trials, Locale locale) {
    List<Check> checks = new ArrayList<>();
    List<Check> models = ModelChecks.checks(locale);
    models.stream().filter(c -> c.group().equals("life-table")).forEach(checks::add);
    checks.addAll(IcerArithmetic.checks(locale));
    models.stream().filter(c -> !c.group().equals("life-table")).forEach(checks::add);
    checks.addAll(TrialChecks.checks(trials, locale));
    return new Validation(
        locale.getLanguage(), trials.years(), trials.replications(), trials.seed(), checks);
  }

  public long count(Check.Status status) {
    return checks.stream().filter(c -> c.status() == status).count();
  }

  /** The groups in page order, each once. */
  public List<String> groups() {
    return checks.stream().map(Check::group).distinct().toList();
  }

  public List<Check> in(String group) {
    return checks.stream().filter(c -> c.group().equals(group)).toList();
  }
}
