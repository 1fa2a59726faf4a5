package org.openv2v.fhir.web;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.StringType;
import org.openv2v.fhir.internal.BulkExports;
import org.openv2v.security.Actor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk Data export (hl7.org/fhir/uv/bulkdata/export.html): {@code GET /fhir/$export} with {@code
 * Prefer: respond-async} answers 202 and a Content-Location to poll; polling answers 202 while the
 * job runs and then the manifest; each file is NDJSON. Only the requester may poll or download.
 */
@Component
@RequiredArgsConstructor
class BulkExportOperations {

  static final String NDJSON = "application/fhir+ndjson";
  static final List<String> FORMATS = List.of(NDJSON, "application/ndjson", "ndjson");

  private final BulkExports exports;
  private final CaseReader reader;
  private final JsonMapper json;

  record Output(String type, String url, int count) {}

  record Manifest(
      String transactionTime,
      String request,
      boolean requiresAccessToken,
      List<Output> output,
      List<Output> error) {}

  @Operation(name = "$export", idempotent = true, manualResponse = true)
  public void export(
      @OperationParam(name = "_since") StringType since,
      @OperationParam(name = "_type") StringType type,
      @OperationParam(name = "_outputFormat") StringType format,
      ServletRequestDetails details)
      throws IOException {
    Actor actor = reader.actor();
    String prefer = Optional.ofNullable(details.getHeader("Prefer")).orElse("");
    if (!prefer.contains("respond-async")) {
      throw new InvalidRequestException("Prefer: respond-async is required (Bulk Data kick-off)");
    }
    if (format != null && !FORMATS.contains(format.getValue())) {
      throw new InvalidRequestException("_outputFormat: only " + NDJSON + " is offered");
    }
    List<String> types =
        type == null || type.getValue() == null
            ? List.of()
            : Arrays.stream(type.getValue().split(",")).map(String::strip).toList();
    UUID id = exports.kickOff(actor, instant(since), types, details.getCompleteUrl());
    HttpServletResponse response = details.getServletResponse();
    response.setStatus(202);
    response.setHeader(
        "Content-Location", details.getFhirServerBase() + "/$export-poll-status?_jobId=" + id);
  }

  @Operation(name = "$export-poll-status", idempotent = true, manualResponse = true)
  public void poll(@OperationParam(name = "_jobId") StringType jobId, ServletRequestDetails details)
      throws IOException {
    BulkExports.Status status =
        exports
            .status(id(jobId), reader.actor())
            .orElseThrow(() -> new ResourceNotFoundException("No export " + jobId));
    HttpServletResponse response = details.getServletResponse();
    switch (status.state()) {
      case "ACCEPTED" -> {
        response.setStatus(202);
        response.setHeader("X-Progress", "in progress");
        response.setHeader("Retry-After", "2");
      }
      case "FAILED" ->
          throw new ca.uhn.fhir.rest.server.exceptions.InternalErrorException(
              status.error().orElse("The export failed"));
      default -> {
        String base = details.getFhirServerBase();
        Manifest manifest =
            new Manifest(
                new InstantType(Date.from(status.transactionTime().orElseThrow()))
                    .getValueAsString(),
                status.requestUrl(),
                true,
                status.files().stream()
                    .map(
                        file ->
                            new Output(
                                file.type(),
                                base
                                    + "/$export-file?_jobId="
                                    + status.id()
                                    + "&_type="
                                    + file.type(),
                                file.count()))
                    .toList(),
                List.of());
        write(response, 200, "application/json", json.writeValueAsString(manifest));
      }
    }
  }

  @Operation(name = "$export-file", idempotent = true, manualResponse = true)
  public void file(
      @OperationParam(name = "_jobId") StringType jobId,
      @OperationParam(name = "_type") StringType type,
      ServletRequestDetails details)
      throws IOException {
    String wanted = type == null ? "" : type.getValue();
    String ndjson =
        exports
            .file(id(jobId), wanted, reader.actor())
            .orElseThrow(
                () -> new ResourceNotFoundException("No file " + wanted + " in export " + jobId));
    write(details.getServletResponse(), 200, NDJSON, ndjson);
  }

  private static UUID id(StringType jobId) {
    try {
      return UUID.fromString(jobId == null ? "" : jobId.getValue());
    } catch (IllegalArgumentException | NullPointerException notAnId) {
      throw new ResourceNotFoundException("No export " + (jobId == null ? "" : jobId.getValue()));
    }
  }

  private static Optional<Instant> instant(StringType since) {
    if (since == null || since.getValue() == null) {
      return Optional.empty();
    }
    try {
      InstantType parsed = new InstantType(since.getValue());
      return Optional.of(parsed.getValue().toInstant());
    } catch (RuntimeException notAnInstant) {
      throw new InvalidRequestException(
          "_since: must be a FHIR instant such as 2026-01-01T00:00:00Z; got " + since.getValue());
    }
  }

  private static void write(HttpServletResponse response, int status, String type, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
    response.getWriter().flush();
  }
}
