package org.openv2v.charts;

/** The smallest and largest finite values taken in so far (infinite while there are none). */
final class Extent {

  double min = Double.POSITIVE_INFINITY;
  double max = Double.NEGATIVE_INFINITY;

  /** Takes in the value unless it is NaN or infinite: missing points do not stretch an axis. */
  void include(double value) {
    if (Double.isFinite(value)) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }

  /** Takes in every value; none when there are none (a series without an upper band). */
  void include(double[] values) {
    if (values != null) {
      for (double value : values) {
        include(value);
      }
    }
  }
}
