package org.openv2v.labels.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.identity.domain.UnitKind;
import org.openv2v.labels.LabelContent;
import org.openv2v.labels.Labels;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Printable labels for the units of a case, as PNG (300 dpi) or PDF, 4 × 2 inches. */
@RestController
@RequestMapping("/api/v1/cases/{id}/units/{unit}")
@Tag(name = "Labels", description = "ISBT 128 unit labels of a case")
@RequiredArgsConstructor
class LabelApi {

  /** The units a label can be printed for, as the address names them. */
  private static final Map<String, UnitKind> UNITS =
      Map.of(
          "apheresis", UnitKind.APHERESIS,
          "product-1", UnitKind.PRODUCT_1,
          "product-2", UnitKind.PRODUCT_2,
          "product-3", UnitKind.PRODUCT_3,
          "product-4", UnitKind.PRODUCT_4);

  private final Labels labels;
  private final CurrentActor actor;

  @GetMapping(value = "/label.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "A unit's label as a 1200 × 600 PNG at 300 dpi")
  ResponseEntity<byte[]> png(
      @PathVariable UUID id,
      @Parameter(description = "apheresis or product-1 … product-4") @PathVariable String unit) {
    LabelContent label = content(id, unit);
    return file(labels.png(label), MediaType.IMAGE_PNG, label, unit, "png");
  }

  @GetMapping(value = "/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "A unit's label as a one-page PDF, 4 × 2 inches")
  ResponseEntity<byte[]> pdf(
      @PathVariable UUID id,
      @Parameter(description = "apheresis or product-1 … product-4") @PathVariable String unit) {
    LabelContent label = content(id, unit);
    return file(labels.pdf(label), MediaType.APPLICATION_PDF, label, unit, "pdf");
  }

  private LabelContent content(UUID id, String unit) {
    UnitKind kind =
        Optional.ofNullable(UNITS.get(unit))
            .orElseThrow(
                () ->
                    Refusal.notFound(
                            "No unit "
                                + unit
                                + "; a case's labels are apheresis and product-1 to product-4")
                        .withWords("refusal.labels.unit", unit));
    return labels.content(id, kind, actor.get());
  }

  private static ResponseEntity<byte[]> file(
      byte[] body, MediaType type, LabelContent label, String unit, String extension) {
    // The label may carry initials: no shared cache keeps it.
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(label.din().text() + "-" + unit + "." + extension)
                .build()
                .toString())
        .body(body);
  }
}
