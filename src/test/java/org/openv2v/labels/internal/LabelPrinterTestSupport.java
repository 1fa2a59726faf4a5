package org.openv2v.labels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a label's barcodes back with ZXing. */
public final class LabelPrinterTestSupport {

  private LabelPrinterTestSupport() {}

  /**
   * Decodes the barcode of a format on the label. ZXing's DataMatrix detector searches outwards
   * from the middle of the image, as a person aims a scanner at the symbol: it is given the label's
   * right part above the rule, where the symbol is; Code 128 is found anywhere.
   */
  public static String decode(BufferedImage label, BarcodeFormat format) throws NotFoundException {
    BufferedImage image =
        format == BarcodeFormat.DATA_MATRIX
            ? label.getSubimage(
                label.getWidth() * 5 / 8, 0, label.getWidth() * 3 / 8, label.getHeight() * 5 / 8)
            : label;
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    Result result = new MultiFormatReader().decode(bitmap, hints);
    assertThat(result.getBarcodeFormat()).isEqualTo(format);
    return result.getText();
  }
}
