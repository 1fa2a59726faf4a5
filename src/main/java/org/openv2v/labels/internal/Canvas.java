package org.openv2v.labels.internal;

/**
 * Where a label is drawn, in printer dots at 300 dpi, x to the right and y down from the top left.
 * The PNG and the PDF draw the same layout through it.
 */
interface Canvas {

  /** A filled rectangle, black or white. */
  void fill(double x, double y, double width, double height, boolean black);

  /** The outline of a rectangle; the line lies inside it. */
  void frame(double x, double y, double width, double height, double line);

  /** Text from its left end on its baseline. */
  void text(String text, double x, double baseline, double size, boolean bold, boolean white);

  /** Text turned a quarter left, reading upwards from (x, y), as ISBT 128 prints flags. */
  void textUp(String text, double x, double y, double size, boolean bold);

  /** How wide the text comes out. */
  double width(String text, double size, boolean bold);

  /** The height of capital letters, as a fraction of the font size. */
  double capHeight();
}
