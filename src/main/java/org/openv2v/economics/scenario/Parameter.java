package org.openv2v.economics.scenario;

import java.util.Locale;
import java.util.Optional;
import org.openv2v.economics.model.ParameterDistribution;

/**
 * One number of a model with where it comes from: its base-case value, its source, its PSA
 * distribution and its one-way range (the distribution's 2.5% and 97.5% points unless stated).
 * {@code spread} says where the distribution comes from: stated in the model file, or the model's
 * default width for assumptions or for sourced figures without a published spread.
 */
public record Parameter(
    String name,
    double base,
    String source,
    Optional<ParameterDistribution> distribution,
    double low,
    double high,
    int line,
    String spread) {

  /** Where the PSA distribution comes from when the model file states it. */
  public static final String STATED = "stated";

  /** A source that is a guess rather than a reference. */
  public boolean isAssumption() {
    return source.toLowerCase(Locale.ROOT).contains("assumption");
  }

  public boolean varies() {
    return low != base || high != base;
  }
}
