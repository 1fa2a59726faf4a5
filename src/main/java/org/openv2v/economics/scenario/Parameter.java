package org.openv2v.economics.scenario;

import java.util.Optional;
import org.openv2v.economics.model.Distribution;

/**
 * One number of a model with where it comes from: its base-case value, its source, its PSA
 * distribution and its one-way range (the distribution's 2.5% and 97.5% points unless stated).
 */
public record Parameter(
    String name,
    double base,
    String source,
    Optional<Distribution> distribution,
    double low,
    double high,
    int line) {

  public boolean varies() {
    return low != base || high != base;
  }
}
