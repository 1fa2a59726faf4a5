package org.openv2v.labels.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on a PDF page in vectors. The page is in points (1/72 inch) with y up; one transformation
 * turns it into dots at 300 dpi with y down, so the layout is the PNG's.
 */
final class PdfCanvas implements Canvas {

  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private final PDPageContentStream page;

  PdfCanvas(PDPageContentStream page, float pageHeightPoints) {
    this.page = page;
    float scale = 72f / LabelDrawing.DPI;
    run(() -> page.transform(new Matrix(scale, 0, 0, -scale, 0, pageHeightPoints)));
  }

  @Override
  public void fill(double x, double y, double width, double height, boolean black) {
    run(
        () -> {
          page.setNonStrokingColor(black ? 0f : 1f);
          page.addRect((float) x, (float) y, (float) width, (float) height);
          page.fill();
        });
  }

  @Override
  public void frame(double x, double y, double width, double height, double line) {
    run(
        () -> {
          page.setStrokingColor(0f);
          page.setLineWidth((float) line);
          page.addRect(
              (float) (x + line / 2),
              (float) (y + line / 2),
              (float) (width - line),
              (float) (height - line));
          page.stroke();
        });
  }

  @Override
  public void text(
      String text, double x, double baseline, double size, boolean bold, boolean white) {
    // The y-down page would print glyphs upside down: the text matrix turns them back.
    write(text, new Matrix(1, 0, 0, -1, (float) x, (float) baseline), size, bold, white);
  }

  @Override
  public void textUp(String text, double x, double y, double size, boolean bold) {
    write(text, new Matrix(0, -1, -1, 0, (float) x, (float) y), size, bold, false);
  }

  private void write(String text, Matrix matrix, double size, boolean bold, boolean white) {
    run(
        () -> {
          page.beginText();
          page.setNonStrokingColor(white ? 1f : 0f);
          page.setFont(bold ? BOLD : REGULAR, (float) size);
          page.setTextMatrix(matrix);
          page.showText(printable(text, bold));
          page.endText();
        });
  }

  @Override
  public double width(String text, double size, boolean bold) {
    try {
      return (bold ? BOLD : REGULAR).getStringWidth(printable(text, bold)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public double capHeight() {
    return 0.72;
  }

  /** The text with any character Helvetica's encoding lacks shown as '?'. */
  private static String printable(String text, boolean bold) {
    PDType1Font font = bold ? BOLD : REGULAR;
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              String s = new String(Character.toChars(c));
              try {
                font.encode(s);
                out.append(s);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private interface PdfWork {
    void run() throws IOException;
  }

  private static void run(PdfWork work) {
    try {
      work.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
