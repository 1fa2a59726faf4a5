package org.openv2v.scheduling.domain;

/** Which transit time promises are made with: the median, or the 90th percentile (default). */
public enum TransitQuantile {
  MEDIAN,
  P90
}
