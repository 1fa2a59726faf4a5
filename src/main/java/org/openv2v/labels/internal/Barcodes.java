package org.openv2v.labels.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;

/** The label's barcodes as modules, one bit per module, before they are scaled and drawn. */
final class Barcodes {

  private Barcodes() {}

  /** Code 128, the linear symbology of ISBT 128 (ST-001 §2.4): one row, no quiet zone. */
  static boolean[] code128(String data) {
    BitMatrix matrix =
        new Code128Writer()
            .encode(data, BarcodeFormat.CODE_128, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
    boolean[] bars = new boolean[matrix.getWidth()];
    for (int x = 0; x < bars.length; x++) {
      bars[x] = matrix.get(x, 0);
    }
    return bars;
  }

  /** A square ECC 200 DataMatrix, the 2-D symbology ISBT 128 uses, without its quiet zone. */
  static BitMatrix dataMatrix(String data) {
    return new DataMatrixWriter()
        .encode(
            data,
            BarcodeFormat.DATA_MATRIX,
            0,
            0,
            Map.of(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE));
  }
}
