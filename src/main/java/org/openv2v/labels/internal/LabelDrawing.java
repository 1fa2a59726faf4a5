package org.openv2v.labels.internal;

import com.google.zxing.common.BitMatrix;
import java.util.Locale;
import org.openv2v.identity.domain.Flags;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.labels.LabelContent;

/**
 * The layout of a 4 × 2 inch unit label at 300 dpi, after ISBT 128 practice: the DIN as Code 128
 * with its eye-readable text beneath, flags printed turned a quarter (Type 3 flags are not printed)
 * and the keyboard check character K in a box (ST-001 §7.4-7.5; platforms-and-standards §2.1.1); a
 * DataMatrix of the same data; then what people read: the unit, the product and the patient.
 */
final class LabelDrawing {

  /** Printer resolution: 300 dots per inch. */
  static final int DPI = 300;

  /** 4 inches wide. */
  static final int WIDTH = 4 * DPI;

  /** 2 inches high. */
  static final int HEIGHT = 2 * DPI;

  static final String NO_INITIALS = "—";

  private static final double MARGIN = 30;
  private static final double BAND = 74;
  private static final double BARCODE_TOP = BAND + 34;
  private static final double BARCODE_HEIGHT = 150;
  private static final double BARCODE_RIGHT = 850;
  private static final double RULE_Y = 372;

  private LabelDrawing() {}

  static void draw(Canvas canvas, LabelContent label) {
    canvas.fill(0, 0, WIDTH, HEIGHT, false);
    canvas.frame(6, 6, WIDTH - 12, HEIGHT - 12, 4);
    header(canvas, label);
    double textTop = code128(canvas, label.barcodeData());
    eyeReadable(canvas, label, textTop);
    dataMatrix(canvas, label.barcodeData());
    canvas.fill(MARGIN, RULE_Y, WIDTH - 2 * MARGIN, 3, true);
    details(canvas, label);
  }

  /**
   * A black band: the autologous warning on the left (ISBT 128 collection type 1, "for autologous
   * use only", platforms-and-standards §2.1.3), the unit on the right, both in white.
   */
  private static void header(Canvas canvas, LabelContent label) {
    canvas.fill(6, 6, WIDTH - 12, BAND, true);
    double size = 40;
    double baseline = 6 + (BAND + canvas.capHeight() * size) / 2;
    canvas.text("FOR AUTOLOGOUS USE ONLY", MARGIN, baseline, size, true, true);
    String unit = label.unit().title().toUpperCase(Locale.ROOT);
    double unitSize = fit(canvas, unit, 44, true, 440);
    double unitBaseline = 6 + (BAND + canvas.capHeight() * unitSize) / 2;
    canvas.text(
        unit,
        WIDTH - MARGIN - canvas.width(unit, unitSize, true),
        unitBaseline,
        unitSize,
        true,
        true);
  }

  /**
   * Code 128 at the widest whole number of dots per module that fits, with quiet zones of ten
   * modules (ISO/IEC 15417, the Code 128 specification; not in the reference notes). Returns the y
   * below the bars.
   */
  private static double code128(Canvas canvas, String data) {
    boolean[] bars = Barcodes.code128(data);
    double room = BARCODE_RIGHT - MARGIN;
    int module = (int) Math.max(1, Math.min(5, Math.floor(room / (bars.length + 20))));
    double x0 = MARGIN + 10.0 * module;
    int run = 0;
    for (int x = 0; x <= bars.length; x++) {
      if (x < bars.length && bars[x]) {
        run++;
      } else if (run > 0) {
        canvas.fill(x0 + (x - run) * module, BARCODE_TOP, run * module, BARCODE_HEIGHT, true);
        run = 0;
      }
    }
    return BARCODE_TOP + BARCODE_HEIGHT;
  }

  /** {@code A9999 26 000001}, flags turned a quarter unless Type 3, and K in a box. */
  private static void eyeReadable(Canvas canvas, LabelContent label, double top) {
    double size = 60;
    double baseline = top + 16 + canvas.capHeight() * size;
    double x = MARGIN + 40;
    String din = label.din().eyeReadable();
    canvas.text(din, x, baseline, size, true, false);
    x += canvas.width(din, size, true) + 14;
    Flags flags = label.unit().flags(label.din());
    if (flags.type() != Flags.Type.CHECK) {
      double flagSize = 30;
      canvas.textUp(flags.text(), x + canvas.capHeight() * flagSize, baseline, flagSize, false);
      x += canvas.capHeight() * flagSize + 14;
    }
    String k = String.valueOf(label.din().checkCharacter());
    double kWidth = canvas.width(k, size, true);
    double pad = 10;
    double cap = canvas.capHeight() * size;
    canvas.frame(x, baseline - cap - pad, kWidth + 2 * pad, cap + 2 * pad, 4);
    canvas.text(k, x + pad, baseline, size, true, false);
  }

  /** A square DataMatrix of the same data, right of the Code 128, with a quiet zone around it. */
  private static void dataMatrix(Canvas canvas, String data) {
    BitMatrix matrix = Barcodes.dataMatrix(data);
    double room = Math.min(WIDTH - MARGIN - BARCODE_RIGHT, RULE_Y - BAND - 20);
    int module = (int) Math.max(1, Math.min(14, Math.floor(room / (matrix.getWidth() + 4))));
    double side = matrix.getWidth() * module;
    double x0 = WIDTH - MARGIN - 2 * module - side;
    double y0 = BAND + 6 + (RULE_Y - BAND - 6 - side) / 2;
    for (int y = 0; y < matrix.getHeight(); y++) {
      int run = 0;
      for (int x = 0; x <= matrix.getWidth(); x++) {
        if (x < matrix.getWidth() && matrix.get(x, y)) {
          run++;
        } else if (run > 0) {
          canvas.fill(x0 + (x - run) * module, y0 + y * module, run * module, module, true);
          run = 0;
        }
      }
    }
  }

  /** The product on the left; the patient's initials and the case on the right. */
  private static void details(Canvas canvas, LabelContent label) {
    double caption = 24;
    double left = MARGIN + 10;
    double right = 780;
    double column = right - left - 30;
    double y = RULE_Y + 22 + canvas.capHeight() * caption;
    canvas.text(productCaption(label.unit()), left, y, caption, false, false);
    canvas.text("PATIENT INITIALS", right, y, caption, false, false);
    double nameSize = fit(canvas, label.productName(), 64, true, column);
    double nameBaseline = y + 18 + canvas.capHeight() * nameSize;
    canvas.text(label.productName(), left, nameBaseline, nameSize, true, false);
    String initials = label.patientInitials().orElse(NO_INITIALS);
    double initialsSize = fit(canvas, initials, 64, true, WIDTH - MARGIN - right);
    canvas.text(initials, right, nameBaseline, initialsSize, true, false);
    double genericSize = fit(canvas, label.productGenericName(), 40, false, column);
    double genericBaseline = nameBaseline + 24 + canvas.capHeight() * genericSize;
    canvas.text(label.productGenericName(), left, genericBaseline, genericSize, false, false);
    canvas.text("CASE " + label.caseReference(), right, genericBaseline, 34, false, false);
    canvas.text(
        "Match the DIN and its check character to the patient's case at every handover.",
        left,
        HEIGHT - 26,
        21,
        false,
        false);
  }

  /** The cells in a collection bag or a sample are not yet the product: the caption says so. */
  private static String productCaption(UnitKind unit) {
    return switch (unit) {
      case APHERESIS -> "COLLECTED FOR THE MANUFACTURE OF";
      case SAMPLE, STERILITY_SAMPLE -> "SAMPLE FOR";
      default -> "PRODUCT";
    };
  }

  /** The largest size up to {@code size} at which the text fits the width. */
  private static double fit(Canvas canvas, String text, double size, boolean bold, double width) {
    double fitting = size;
    while (fitting > 12 && canvas.width(text, fitting, bold) > width) {
      fitting -= 2;
    }
    return fitting;
  }
}
