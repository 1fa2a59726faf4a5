package org.openv2v.logistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.logistics.LoggerFormat;
import org.openv2v.logistics.ReadingsUploaded;
import org.openv2v.logistics.ShipmentView;
import org.openv2v.logistics.Shipments;
import org.openv2v.logistics.TemperatureSeries;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.openv2v.web.IdempotentAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Courier shipments of a case, their logger readings and the excursions found in them. */
@RestController
@Tag(name = "Shipments", description = "Courier legs, data-logger readings and the cold chain")
@RequiredArgsConstructor
class ShipmentApi {

  private static final String READERS =
      "hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')";
  private static final String UPLOADERS =
      "hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER')";
  private static final String CSV = "text/csv";

  private final Shipments shipments;
  private final CurrentActor actor;

  @PostMapping("/api/v1/cases/{id}/shipments")
  @PreAuthorize("hasAnyRole('COORDINATOR','MANUFACTURER','COURIER')")
  @Operation(
      summary =
          "Book a courier for a leg of the case with the courier's shipper id and the logger"
              + " serial; the manufacturer books the return leg. Booking the same shipper id the"
              + " same way again answers the first booking (Idempotent-Replayed: true)")
  ResponseEntity<ShipmentView> book(
      @PathVariable UUID id, @Valid @RequestBody ShipmentRequest request) {
    Shipments.Booked booked = shipments.book(id, request.toNewShipment(), actor.get());
    return IdempotentAnswer.created(
        URI.create("/api/v1/shipments/" + booked.shipment().id()),
        booked.replayed(),
        booked.shipment());
  }

  @GetMapping("/api/v1/cases/{id}/shipments")
  @PreAuthorize(READERS)
  @Operation(summary = "The case's shipments in booking order, each with its summary")
  List<ShipmentView> ofCase(@PathVariable UUID id) {
    return shipments.ofCase(id, actor.get());
  }

  @GetMapping("/api/v1/shipments/{id}")
  @PreAuthorize(READERS)
  @Operation(
      summary =
          "A shipment: leg, shipper id, status, readings count, min and max temperature,"
              + " excursions, and the custody records at either end")
  ShipmentView find(@PathVariable UUID id) {
    return shipments.find(id, actor.get());
  }

  @PostMapping(
      value = "/api/v1/shipments/{id}/readings",
      consumes = {CSV, MediaType.APPLICATION_JSON_VALUE})
  @PreAuthorize(UPLOADERS)
  @Operation(
      summary =
          "Upload logger readings as the raw body (text/csv or application/json); readings"
              + " already stored are skipped, and excursions raise alerts and custody records")
  ReadingsUploaded upload(
      @PathVariable UUID id,
      @RequestBody String body,
      @org.springframework.web.bind.annotation.RequestHeader("Content-Type") String contentType) {
    LoggerFormat format =
        MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)
            ? LoggerFormat.JSON
            : LoggerFormat.CSV;
    return shipments.upload(id, body, format, actor.get());
  }

  @PostMapping(
      value = "/api/v1/shipments/{id}/readings",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(UPLOADERS)
  @Operation(
      summary =
          "Upload a logger file as the multipart part 'file'; its type (text/csv or"
              + " application/json) or its name (.csv, .json) says the format")
  ReadingsUploaded uploadFile(@PathVariable UUID id, @RequestPart("file") MultipartFile file)
      throws IOException {
    return shipments.upload(
        id, new String(file.getBytes(), StandardCharsets.UTF_8), formatOf(file), actor.get());
  }

  @GetMapping("/api/v1/shipments/{id}/readings")
  @PreAuthorize(READERS)
  @Operation(
      summary =
          "The shipment's readings in time order for plotting, with the limits and the"
              + " excursion windows")
  TemperatureSeries series(@PathVariable UUID id) {
    return shipments.series(id, actor.get());
  }

  private static LoggerFormat formatOf(MultipartFile file) {
    String name =
        file.getOriginalFilename() == null
            ? ""
            : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    String type = file.getContentType() == null ? "" : file.getContentType();
    if (type.startsWith(MediaType.APPLICATION_JSON_VALUE) || name.endsWith(".json")) {
      return LoggerFormat.JSON;
    }
    if (type.startsWith(CSV) || name.endsWith(".csv")) {
      return LoggerFormat.CSV;
    }
    throw Refusal.invalidField(
            "file", "must be text/csv or application/json, or be named .csv or .json")
        .withWords("refusal.shipment.fileType");
  }
}
