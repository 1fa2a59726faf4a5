package org.openv2v.labels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.DinReading;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.labels.LabelContent;

/** Labels decode back to exactly what was encoded, as PNG and as PDF. */
class LabelPrinterTests {

  static final Din DIN = new Din("A9999", 26, 1);

  static LabelContent label(Din din, UnitKind unit) {
    return new LabelContent(
        din, unit, "Kymriah", "tisagenlecleucel", Optional.of("L.J.H."), "V2V-000012");
  }

  /** The published vectors' DINs (K = *, 0, O among them) and every unit. */
  static List<Arguments> labels() {
    return List.of(
        Arguments.of(DIN, UnitKind.APHERESIS),
        Arguments.of(DIN, UnitKind.PRODUCT_1),
        Arguments.of(DIN, UnitKind.PRODUCT_2),
        Arguments.of(DIN, UnitKind.PRODUCT_3),
        Arguments.of(DIN, UnitKind.PRODUCT_4),
        Arguments.of(DIN, UnitKind.SAMPLE),
        Arguments.of(DIN, UnitKind.STERILITY_SAMPLE),
        Arguments.of(Din.parse("G123417654321"), UnitKind.APHERESIS),
        Arguments.of(Din.parse("A999924000004"), UnitKind.PRODUCT_1),
        Arguments.of(Din.parse("A999924000078"), UnitKind.APHERESIS),
        Arguments.of(Din.parse("A999917345658"), UnitKind.PRODUCT_4),
        Arguments.of(Din.parse("W000000000000"), UnitKind.PRODUCT_2),
        Arguments.of(Din.parse("ZZ99999999999"), UnitKind.APHERESIS));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("labels")
  void should_print_a_png_whose_barcodes_decode_to_what_was_encoded(Din din, UnitKind unit)
      throws Exception {
    LabelContent label = label(din, unit);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(LabelPrinter.png(label)));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(600);
    assertThat(LabelPrinterTestSupport.decode(image, BarcodeFormat.CODE_128))
        .isEqualTo(label.barcodeData());
    assertThat(LabelPrinterTestSupport.decode(image, BarcodeFormat.DATA_MATRIX))
        .isEqualTo(label.barcodeData());
    assertThat(
            DinReading.read(LabelPrinterTestSupport.decode(image, BarcodeFormat.CODE_128)).unit())
        .contains(unit);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("labels")
  void should_print_a_one_page_pdf_of_4_by_2_inches_whose_barcodes_decode(Din din, UnitKind unit)
      throws Exception {
    LabelContent label = label(din, unit);
    try (PDDocument pdf = Loader.loadPDF(LabelPrinter.pdf(label))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      PDRectangle size = pdf.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isEqualTo(4 * 72f);
      assertThat(size.getHeight()).isEqualTo(2 * 72f);
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.GRAY);
      assertThat(image.getWidth()).isEqualTo(1200);
      assertThat(LabelPrinterTestSupport.decode(image, BarcodeFormat.CODE_128))
          .isEqualTo(label.barcodeData());
      assertThat(LabelPrinterTestSupport.decode(image, BarcodeFormat.DATA_MATRIX))
          .isEqualTo(label.barcodeData());
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(din.eyeReadable())
          .contains(String.valueOf(din.checkCharacter()))
          .contains("Kymriah")
          .contains("tisagenlecleucel")
          .contains("L.J.H.")
          .contains("V2V-000012");
    }
  }

  @Test
  void should_say_the_png_is_300_dpi() {
    byte[] png = LabelPrinter.png(label(DIN, UnitKind.PRODUCT_1));
    ByteBuffer bytes = ByteBuffer.wrap(png);
    int at = new String(png, StandardCharsets.ISO_8859_1).indexOf("pHYs");
    assertThat(at).isPositive();
    // pHYs: pixels per unit on x and on y, then the unit (1 = metre). 300 dpi = 11811 per metre.
    assertThat(bytes.getInt(at + 4)).isEqualTo(11811);
    assertThat(bytes.getInt(at + 8)).isEqualTo(11811);
    assertThat(png[at + 12]).isEqualTo((byte) 1);
  }

  @ParameterizedTest
  @EnumSource(
      value = UnitKind.class,
      names = {"APHERESIS", "PRODUCT_1"})
  void should_print_a_dash_for_callers_who_see_no_names(UnitKind unit) throws Exception {
    LabelContent label =
        new LabelContent(
            DIN, unit, "Carvykti", "ciltacabtagene autoleucel", Optional.empty(), "V2V-000001");
    try (PDDocument pdf = Loader.loadPDF(LabelPrinter.pdf(label))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("—").doesNotContain("L.J.H.");
    }
  }

  /** Writes sample labels for a person to look at: -Dlabels.samples=DIR. */
  @Test
  void should_write_samples_when_asked() throws IOException {
    String dir = System.getProperty("labels.samples");
    if (dir == null) {
      return;
    }
    Path out = Files.createDirectories(Path.of(dir));
    Files.write(out.resolve("product-1.png"), LabelPrinter.png(label(DIN, UnitKind.PRODUCT_1)));
    Files.write(out.resolve("apheresis.png"), LabelPrinter.png(label(DIN, UnitKind.APHERESIS)));
    Files.write(out.resolve("product-1.pdf"), LabelPrinter.pdf(label(DIN, UnitKind.PRODUCT_1)));
    Files.write(
        out.resolve("long.png"),
        LabelPrinter.png(
            new LabelContent(
                Din.parse("A999924000004"),
                UnitKind.PRODUCT_4,
                "Breyanzi",
                "lisocabtagene maraleucel",
                Optional.empty(),
                "V2V-000123")));
  }
}
