package org.openv2v.labels.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openv2v.labels.LabelContent;

/** Prints a label as a 300 dpi PNG or as a one-page vector PDF, both 4 × 2 inches. */
public final class LabelPrinter {

  static {
    // No screen is needed to draw into an image; Spring Boot sets this too, tests may not.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** The page of the PDF in points: 4 × 2 inches. */
  public static final PDRectangle PAGE = new PDRectangle(4 * 72, 2 * 72);

  private LabelPrinter() {}

  /** A greyscale PNG of 1200 × 600 pixels that says it is 300 dpi. */
  public static byte[] png(LabelContent label) {
    BufferedImage image =
        new BufferedImage(LabelDrawing.WIDTH, LabelDrawing.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    PngCanvas canvas = new PngCanvas(image);
    try {
      LabelDrawing.draw(canvas, label);
    } finally {
      canvas.dispose();
    }
    return encodePng(image);
  }

  /** A one-page PDF, 4 × 2 inches, with vector barcodes and the standard Helvetica font. */
  public static byte[] pdf(LabelContent label) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        LabelDrawing.draw(new PdfCanvas(content, PAGE.getHeight()), label);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(label.din().eyeReadable() + " " + label.unit().title());
      info.setCreator("OpenV2V");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encodePng(BufferedImage image) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    ImageWriter writer = writers.next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      withResolution(metadata);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(null, new IIOImage(image, null, metadata), param);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** Records 300 dpi in the PNG's pHYs chunk (11811 pixels per metre): it prints 4 × 2 inches. */
  private static void withResolution(IIOMetadata metadata) throws IIOInvalidTreeException {
    String perMetre = Long.toString(Math.round(LabelDrawing.DPI / 0.0254));
    IIOMetadataNode physical = new IIOMetadataNode("pHYs");
    physical.setAttribute("pixelsPerUnitXAxis", perMetre);
    physical.setAttribute("pixelsPerUnitYAxis", perMetre);
    physical.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(physical);
    metadata.mergeTree("javax_imageio_png_1.0", root);
  }
}
