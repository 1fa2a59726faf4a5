package org.openv2v.simulation.cli;

import org.openv2v.simulation.engine.Replications;
import picocli.CommandLine.Option;

/**
 * The options every simulate run shares: how many replications, from which seed, on how many
 * threads. A superclass of each command's picocli options (picocli reads inherited fields), not a
 * mixin: one annotation type fewer to read at every start.
 */
class ReplicationOptions {

  @Option(names = "--replications")
  Long replications;

  @Option(names = "--seed")
  Long seed;

  @Option(names = "--threads")
  Long threads;

  /** At least {@code min} replications, {@code fallback} when not given. */
  int replications(int fallback, int min) {
    return SimulateOptions.count("--replications", replications, fallback, min);
  }

  /** The seed given, or "--seed is required". */
  long seed() {
    return SimulateOptions.required("--seed", seed);
  }

  /** The seed given, or {@code fallback}. */
  long seed(long fallback) {
    return seed == null ? fallback : seed;
  }

  /** The threads given, else every core. */
  int threads() {
    return SimulateOptions.count("--threads", threads, Replications.allCores(), 1);
  }
}
