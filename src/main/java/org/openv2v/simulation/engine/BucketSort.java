package org.openv2v.simulation.engine;

import java.util.Arrays;

/**
 * Sorts durations: non-negative doubles, into exactly the order {@code Arrays.sort} gives them,
 * about three times faster on the command line's C1-compiled JVM (issue 17). The JDK's sort
 * compares pairs of random values, and a good part of its time went on mispredicted branches: a
 * replication's four sorts of some 1,700 durations cost 7% of it, and the summary's pooled sorts of
 * 1.7 million most of its time. Here each value goes straight to a bucket chosen by the high bits
 * of its IEEE 754 representation, which orders non-negative doubles as it orders their bit patterns
 * read as longs (so buckets are narrow where the values are dense, like a log scale), and one
 * insertion pass orders the few values within each bucket.
 *
 * <p>Equal non-negative doubles have the same bits, so the sorted sequence is the same whichever
 * way it is reached. Negative values (and −0.0) and NaN are left to {@code Arrays.sort}, which has
 * its own order for them.
 */
final class BucketSort {

  /** Below this many values the JDK's insertion sort is as quick. */
  private static final int SMALL = 64;

  /** At most 2^21 buckets (8 MB of counts), for a pooled sort of millions of values. */
  private static final int MAX_BUCKETS = 1 << 21;

  /** A bucket holding more values than this is sorted by the JDK before the insertion pass. */
  private static final int CROWDED = 48;

  private BucketSort() {}

  /** The values of all the parts, sorted, in a new array; the parts are left as they were. */
  static double[] sorted(double[]... parts) {
    int n = 0;
    long min = Long.MAX_VALUE;
    long max = 0;
    boolean plain = true;
    for (double[] part : parts) {
      n += part.length;
      for (double value : part) {
        long bits = Double.doubleToRawLongBits(value);
        if (bits < 0 || value != value) {
          plain = false;
        }
        if (bits < min) {
          min = bits;
        }
        if (bits > max) {
          max = bits;
        }
      }
    }
    if (!plain || n < SMALL) {
      double[] all = concatenated(parts, n);
      Arrays.sort(all);
      return all;
    }
    int buckets = Math.min(MAX_BUCKETS, Integer.highestOneBit(n) << 1);
    int shift =
        Math.max(
            0, 64 - Long.numberOfLeadingZeros(max - min) - Integer.numberOfTrailingZeros(buckets));
    // ends[b + 1] counts bucket b, then (summed) holds where bucket b starts, then where it ends.
    int[] ends = new int[buckets + 1];
    for (double[] part : parts) {
      for (double value : part) {
        ends[(int) ((Double.doubleToRawLongBits(value) - min) >>> shift) + 1]++;
      }
    }
    boolean crowded = false;
    for (int b = 0; b < buckets; b++) {
      crowded |= ends[b + 1] > CROWDED;
      ends[b + 1] += ends[b];
    }
    double[] out = new double[n];
    for (double[] part : parts) {
      for (double value : part) {
        out[ends[(int) ((Double.doubleToRawLongBits(value) - min) >>> shift)]++] = value;
      }
    }
    if (crowded) {
      int from = 0;
      for (int b = 0; b < buckets; b++) {
        int to = ends[b];
        if (to - from > CROWDED) {
          Arrays.sort(out, from, to);
        }
        from = to;
      }
    }
    // A value in a lower bucket is smaller than any in a higher one, so no value moves past the
    // start of its bucket: this pass costs about the number of values plus their bucket-mates.
    for (int i = 1; i < n; i++) {
      double value = out[i];
      int j = i - 1;
      if (out[j] > value) {
        do {
          out[j + 1] = out[j];
          j--;
        } while (j >= 0 && out[j] > value);
        out[j + 1] = value;
      }
    }
    return out;
  }

  private static double[] concatenated(double[][] parts, int n) {
    double[] all = new double[n];
    int at = 0;
    for (double[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
