package org.openv2v.validation;

/**
 * One external target and how the model did: within tolerance when the model's result lies in
 * [{@code low}, {@code high}]; {@code model} is null when the check could not run (no scenario).
 *
 * @param unit a {@link Unit} key, for formatting and the unit's label
 * @param toleranceKind {@code relative}, {@code absolute} or {@code binomial} (the published
 *     proportion's Wilson 95% interval)
 */
public record Check(
    String group,
    String id,
    String target,
    String source,
    double published,
    Double model,
    Double difference,
    String unit,
    String toleranceKind,
    double tolerance,
    double low,
    double high,
    Status status,
    String note) {

  public enum Status {
    WITHIN,
    OUTSIDE,
    NOT_RUN
  }

  static Check of(
      String group,
      String id,
      String target,
      String source,
      double published,
      Double model,
      Unit unit,
      String toleranceKind,
      double tolerance,
      double low,
      double high,
      String note) {
    Status status =
        model == null || model.isNaN()
            ? Status.NOT_RUN
            : model >= low && model <= high ? Status.WITHIN : Status.OUTSIDE;
    Double difference = status == Status.NOT_RUN ? null : model - published;
    return new Check(
        group,
        id,
        target,
        source,
        published,
        status == Status.NOT_RUN ? null : model,
        difference,
        unit.key(),
        toleranceKind,
        tolerance,
        low,
        high,
        status,
        note);
  }

  /** The interval around a published figure for a relative or absolute tolerance. */
  static double[] interval(double published, String kind, double tolerance) {
    double half = "relative".equals(kind) ? Math.abs(published) * tolerance : tolerance;
    return new double[] {published - half, published + half};
  }
}
