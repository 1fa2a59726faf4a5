package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BucketSortTests {

  /** The JDK's order, bit for bit (assertj's double equality would let -0.0 pass for 0.0). */
  private static void sortsAsTheJdkDoes(double[]... parts) {
    double[] all = new double[0];
    for (double[] part : parts) {
      int at = all.length;
      all = Arrays.copyOf(all, at + part.length);
      System.arraycopy(part, 0, all, at, part.length);
    }
    double[][] before = new double[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      before[i] = parts[i].clone();
    }
    double[] expected = all.clone();
    Arrays.sort(expected);
    double[] sorted = BucketSort.sorted(parts);
    assertThat(Arrays.stream(sorted).mapToLong(Double::doubleToRawLongBits).toArray())
        .isEqualTo(Arrays.stream(expected).mapToLong(Double::doubleToRawLongBits).toArray());
    for (int i = 0; i < parts.length; i++) {
      assertThat(Arrays.equals(parts[i], before[i])).as("part %d is left as it was", i).isTrue();
    }
  }

  @Test
  void durations_sort_as_the_jdk_sorts_them() {
    SplittableRandom random = new SplittableRandom(17);
    for (int n : new int[] {0, 1, 63, 64, 65, 1_700, 20_000}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = 30 * Math.exp(0.5 * random.nextDouble(-3, 3)) + (i % 7 == 0 ? 1 : 0);
      }
      sortsAsTheJdkDoes(values);
    }
  }

  @Test
  void ties_zeros_infinity_and_a_crowded_bucket_sort_as_the_jdk_sorts_them() {
    double[] values = new double[5_000];
    for (int i = 0; i < values.length; i++) {
      // Most values within a hair of each other and one far off: a few buckets hold nearly all.
      values[i] = i % 3 == 0 ? 2.0 : 1 + Math.ulp(1.0) * (i % 997);
    }
    values[17] = 0.0;
    values[99] = Double.POSITIVE_INFINITY;
    values[1234] = Double.MAX_VALUE;
    sortsAsTheJdkDoes(values);
  }

  @Test
  void negative_values_negative_zero_and_nan_are_left_to_the_jdk() {
    double[] values = new double[200];
    for (int i = 0; i < values.length; i++) {
      values[i] = (i % 5) - 2.5;
    }
    values[3] = -0.0;
    values[4] = 0.0;
    values[5] = Double.NaN;
    sortsAsTheJdkDoes(values);
    sortsAsTheJdkDoes(new double[] {3, -0.0, 0.0, 1}, new double[100]);
  }

  @Test
  void sorted_parts_pool_into_one_sorted_array() {
    SplittableRandom random = new SplittableRandom(3);
    double[][] parts = new double[50][];
    for (int p = 0; p < parts.length; p++) {
      parts[p] = random.doubles(p * 13, 5, 400).sorted().toArray();
    }
    sortsAsTheJdkDoes(parts);
  }
}
