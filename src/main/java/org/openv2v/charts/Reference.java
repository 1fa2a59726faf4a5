package org.openv2v.charts;

/**
 * A labelled straight line across the plot at one value: a limit, a threshold, a target.
 *
 * @param vertical true for a line at an x value, false for one at a y value
 * @param value where the line is, in axis units (on a time axis: epoch milliseconds)
 * @param label the text written along the line (already translated); may be empty
 */
public record Reference(boolean vertical, double value, String label) {
  public Reference {
    label = label == null ? "" : label;
  }
}
