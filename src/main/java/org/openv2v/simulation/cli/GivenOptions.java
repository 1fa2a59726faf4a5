package org.openv2v.simulation.cli;

import java.util.ArrayList;
import java.util.List;
import org.openv2v.simulation.engine.Replications;
import picocli.CommandLine.ParseResult;

/**
 * The options a simulate command was given, by name, as picocli read them ({@link
 * SimulateOptions}), and the ones every simulate run shares: how many replications, from which
 * seed, on how many threads.
 */
final class GivenOptions {

  /** What a command's options are: numbers with decimals, whole numbers, and words. */
  record Names(List<String> decimals, List<String> wholes, List<String> texts) {

    /** Every simulate command's own options, with the shared ones added to the whole numbers. */
    static Names of(List<String> decimals, List<String> wholes, List<String> texts) {
      List<String> all = new ArrayList<>(wholes);
      all.addAll(SHARED);
      return new Names(List.copyOf(decimals), List.copyOf(all), List.copyOf(texts));
    }
  }

  private static final List<String> SHARED = List.of("--replications", "--seed", "--threads");

  private final ParseResult given;

  GivenOptions(ParseResult given) {
    this.given = given;
  }

  /** A number with decimals, or null when not given. */
  Double decimal(String name) {
    return given.matchedOptionValue(name, null);
  }

  /** A whole number, or null when not given. */
  Long whole(String name) {
    return given.matchedOptionValue(name, null);
  }

  /** Words, or null when not given. */
  String text(String name) {
    return given.matchedOptionValue(name, null);
  }

  /** At least {@code min} replications, {@code fallback} when not given. */
  int replications(int fallback, int min) {
    return SimulateOptions.count("--replications", whole("--replications"), fallback, min);
  }

  /** The seed given, or "--seed is required". */
  long seed() {
    return SimulateOptions.required("--seed", whole("--seed"));
  }

  /** The seed given, or {@code fallback}. */
  long seed(long fallback) {
    Long seed = whole("--seed");
    return seed == null ? fallback : seed;
  }

  /** The threads given, else every core. */
  int threads() {
    return SimulateOptions.count("--threads", whole("--threads"), Replications.allCores(), 1);
  }
}
