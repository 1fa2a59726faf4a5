package org.openv2v.forecast.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How good a set of probability forecasts was: the Brier score (mean squared difference between the
 * chance given and what happened, 0 perfect, 0.25 for always saying 50%), a calibration table in
 * ten bins of the chance given, and the coverage of the p10–p90 interval (about 80% if the
 * intervals are right).
 */
public final class Scores {

  /** Ten bins of the chance given: [0, 0.1), [0.1, 0.2), ..., [0.9, 1]. */
  public static final int BINS = 10;

  private Scores() {}

  /** One bin of the calibration table: mean chance given, share it happened, how many. */
  public record Bin(double lower, double upper, double meanPredicted, double observed, int count) {}

  /** A probability forecast's score against outcomes; NaN score with no outcome known. */
  public record Calibration(double brier, int scored, List<Bin> bins) {}

  /** The Brier score and calibration of a chance against the outcomes known. */
  public static <T> Calibration calibration(
      List<T> forecasts, ToDoubleFunction<T> chance, Function<T, Optional<Boolean>> outcome) {
    double squared = 0;
    int scored = 0;
    double[] sumPredicted = new double[BINS];
    int[] happened = new int[BINS];
    int[] counts = new int[BINS];
    for (T f : forecasts) {
      Optional<Boolean> o = outcome.apply(f);
      if (o.isEmpty()) {
        continue;
      }
      double p = chance.applyAsDouble(f);
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("Not a probability: " + p);
      }
      double y = o.get() ? 1 : 0;
      squared += (p - y) * (p - y);
      scored++;
      int bin = Math.min(BINS - 1, (int) Math.floor(p * BINS));
      sumPredicted[bin] += p;
      happened[bin] += (int) y;
      counts[bin]++;
    }
    List<Bin> bins = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (counts[b] > 0) {
        bins.add(
            new Bin(
                (double) b / BINS,
                (double) (b + 1) / BINS,
                sumPredicted[b] / counts[b],
                (double) happened[b] / counts[b],
                counts[b]));
      }
    }
    return new Calibration(scored == 0 ? Double.NaN : squared / scored, scored, bins);
  }

  /** Share of the infused cases' forecasts whose p10–p90 held the infusion day, and how many. */
  public record Coverage(double share, int infused) {}

  public static Coverage coverage(List<ScoredForecast> forecasts) {
    int infused = 0;
    int inside = 0;
    for (ScoredForecast f : forecasts) {
      Optional<Boolean> covered = f.covered();
      if (covered.isPresent()) {
        infused++;
        inside += covered.get() ? 1 : 0;
      }
    }
    return new Coverage(infused == 0 ? Double.NaN : (double) inside / infused, infused);
  }
}
