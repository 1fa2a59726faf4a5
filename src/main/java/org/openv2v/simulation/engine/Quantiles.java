package org.openv2v.simulation.engine;

import java.util.Arrays;
import java.util.List;

/** Sample quantiles by linear interpolation between order statistics (Hyndman–Fan type 7). */
public final class Quantiles {

  private final double[] sorted;

  public Quantiles(double[] values) {
    this.sorted = values.clone();
    Arrays.sort(this.sorted);
  }

  private Quantiles(double[] sorted, boolean alreadySorted) {
    this.sorted = sorted;
  }

  /**
   * The quantiles of all the parts' values together. Their sorted values are concatenated and
   * sorted again, which the JDK's sort does by merging the sorted runs: the same order as sorting
   * the raw values, for much less work.
   */
  public static Quantiles pooled(List<Quantiles> parts) {
    int n = 0;
    for (Quantiles part : parts) {
      n += part.sorted.length;
    }
    double[] all = new double[n];
    int at = 0;
    for (Quantiles part : parts) {
      System.arraycopy(part.sorted, 0, all, at, part.sorted.length);
      at += part.sorted.length;
    }
    Arrays.sort(all);
    return new Quantiles(all, true);
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
