package org.openv2v.simulation.engine;

import java.util.List;

/** Sample quantiles by linear interpolation between order statistics (Hyndman–Fan type 7). */
public final class Quantiles {

  private final double[] sorted;

  /**
   * Summed when made, in sorted order as always: a replication's quantiles are made on its own
   * thread, and the summary, on one thread, reads the means of thousands of them.
   */
  private final double mean;

  public Quantiles(double[] values) {
    this(BucketSort.sorted(values), true);
  }

  private Quantiles(double[] sorted, boolean alreadySorted) {
    this.sorted = sorted;
    this.mean = meanOf(sorted);
  }

  /**
   * The quantiles of all the parts' values together, sorted straight from the parts: the same order
   * as sorting the raw values.
   */
  public static Quantiles pooled(List<Quantiles> parts) {
    double[][] values = new double[parts.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = parts.get(i).sorted;
    }
    return new Quantiles(BucketSort.sorted(values), true);
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
    return mean;
  }

  private static double meanOf(double[] sorted) {
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
      // (int) min(bins - 1, max(0, floor(value / width))), without Math.floor: C1 does not
      // inline it, and it cost a call into StrictMath for each of a million values.
      double position = value / width;
      int bin = position >= bins - 1 ? bins - 1 : position > 0 ? (int) position : 0;
      counts[bin]++;
    }
    return counts;
  }
}
