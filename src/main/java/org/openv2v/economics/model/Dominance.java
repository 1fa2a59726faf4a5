package org.openv2v.economics.model;

/** Where a strategy stands on the cost-effectiveness frontier. */
public enum Dominance {
  /** On the frontier; has an ICER against the previous frontier strategy (or none if first). */
  NON_DOMINATED,
  /** Costs more and gains no more than another strategy (strong dominance). */
  DOMINATED,
  /** A mix of two neighbours would do better: its ICER exceeds the next strategy's. */
  EXTENDED_DOMINATED
}
