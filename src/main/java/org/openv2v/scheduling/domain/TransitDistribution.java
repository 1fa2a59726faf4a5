package org.openv2v.scheduling.domain;

/** How a courier lane's transit time is described. */
public enum TransitDistribution {
  /** Always the same number of days (domestic same-day or next-day lanes). */
  FIXED,
  /** Right-skewed: a median and a 90th percentile, as couriers quote them. */
  LOGNORMAL
}
