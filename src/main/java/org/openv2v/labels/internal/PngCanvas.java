package org.openv2v.labels.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/** Draws on a greyscale image, one pixel per printer dot. */
final class PngCanvas implements Canvas {

  /** Liberation Sans has Helvetica's widths, so the PNG lays out as the PDF does. */
  private static final String FAMILY = family();

  private final Graphics2D g;

  PngCanvas(BufferedImage image) {
    this.g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  private static String family() {
    String[] families =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    return Arrays.asList(families).contains("Liberation Sans")
        ? "Liberation Sans"
        : Font.SANS_SERIF;
  }

  @Override
  public void fill(double x, double y, double width, double height, boolean black) {
    g.setColor(black ? Color.BLACK : Color.WHITE);
    g.fill(new Rectangle2D.Double(x, y, width, height));
  }

  @Override
  public void frame(double x, double y, double width, double height, double line) {
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke((float) line));
    g.draw(new Rectangle2D.Double(x + line / 2, y + line / 2, width - line, height - line));
  }

  @Override
  public void text(
      String text, double x, double baseline, double size, boolean bold, boolean white) {
    g.setColor(white ? Color.WHITE : Color.BLACK);
    g.setFont(font(size, bold));
    g.drawString(text, (float) x, (float) baseline);
  }

  @Override
  public void textUp(String text, double x, double y, double size, boolean bold) {
    AffineTransform before = g.getTransform();
    g.rotate(-Math.PI / 2, x, y);
    g.setColor(Color.BLACK);
    g.setFont(font(size, bold));
    g.drawString(text, (float) x, (float) y);
    g.setTransform(before);
  }

  @Override
  public double width(String text, double size, boolean bold) {
    return font(size, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
  }

  @Override
  public double capHeight() {
    return 0.72;
  }

  void dispose() {
    g.dispose();
  }

  private static Font font(double size, boolean bold) {
    return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
  }
}
