package org.openv2v.charts;

/**
 * A shaded range across the whole plot, e.g. a temperature excursion between two times. A range
 * outside the axis is clipped, never widens it; a range too narrow to see is drawn 3 px wide.
 *
 * @param vertical true for a range of x values (a time window), false for a range of y values
 * @param from one end, in axis units
 * @param to the other end
 * @param tone how loud the shade is
 * @param legend the legend entry (shades with the same entry share it); may be empty
 * @param note what the range is, read out and shown on hover; may be empty
 */
public record Shade(
    boolean vertical, double from, double to, Tone tone, String legend, String note) {

  /** How loud a shade is: an alert (red), a caution (amber) or neutral (grey). */
  public enum Tone {
    ALERT,
    CAUTION,
    NEUTRAL
  }

  public Shade {
    tone = tone == null ? Tone.NEUTRAL : tone;
    legend = legend == null ? "" : legend;
    note = note == null ? "" : note;
  }
}
