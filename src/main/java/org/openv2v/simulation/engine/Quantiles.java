package org.openv2v.simulation.engine;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (Hyndman–Fan type 7). */
public final class Quantiles {

  private final double[] sorted;

  public Quantiles(double[] values) {
    this.sorted = values.clone();
    Arrays.sort(this.sorted);
  }

  public double at(double probability) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double position = probability * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }

  public double mean() {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double value : sorted) {
      sum += value;
    }
    return sum / sorted.length;
  }

  public int count() {
    return sorted.length;
  }

  /** Counts of the values in {@code bins} equal bins of width {@code width} from zero. */
  public long[] histogram(double width, int bins) {
    long[] counts = new long[bins];
    for (double value : sorted) {
      int bin = (int) Math.min(bins - 1, Math.max(0, Math.floor(value / width)));
      counts[bin]++;
    }
    return counts;
  }
}
