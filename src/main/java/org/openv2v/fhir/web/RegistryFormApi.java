package org.openv2v.fhir.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.fhir.internal.RegistrySubmissions;
import org.openv2v.fhir.registry.FilledForm;
import org.openv2v.fhir.registry.RegistryFiles;
import org.openv2v.security.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registry reporting: the CIBMTR and EBMT cellular-therapy forms of a case, pre-filled, with the
 * fields still missing and when each is due; and the record of what was submitted when.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/registry-forms")
@Tag(name = "Registry forms", description = "CIBMTR 4000/4003/4006/4100 and EBMT cellular therapy")
@RequiredArgsConstructor
class RegistryFormApi {

  private final RegistrySubmissions registry;
  private final CurrentActor actor;

  /** A submission as the coordinator records it: the day it went to the registry, its receipt. */
  record NewSubmission(@NotNull LocalDate submittedOn, @Size(max = 100) String reference) {}

  @GetMapping
  @Operation(
      summary =
          "Every registry form of the case, due dates, missing fields and submissions"
              + " (COORDINATOR, PHYSICIAN, NURSE, AUDITOR); none before infusion")
  List<RegistrySubmissions.FormStatus> forms(@PathVariable UUID id) {
    return registry.forms(id, actor.get());
  }

  @GetMapping(value = "/{form}/{timepoint}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "One form pre-filled, as JSON: form is cibmtr-4000, cibmtr-4003, cibmtr-4006,"
              + " cibmtr-4100, ebmt-ct-day-100, ebmt-ct-follow-up, mfds-ltfu or hira-outcome;"
              + " timepoint is infusion, day-100, month-6, month-12 or year-1 to year-15")
  FilledForm form(
      @PathVariable UUID id, @PathVariable String form, @PathVariable String timepoint) {
    return registry.form(id, form, timepoint, actor.get());
  }

  @GetMapping(value = "/{form}/{timepoint}/csv", produces = "text/csv")
  @Operation(summary = "One form pre-filled, as CSV: one row per field, missing ones marked")
  ResponseEntity<String> csv(
      @PathVariable UUID id, @PathVariable String form, @PathVariable String timepoint) {
    FilledForm filled = registry.form(id, form, timepoint, actor.get());
    return download(filled, "", RegistryFiles.csv(filled));
  }

  @GetMapping(value = "/{form}/{timepoint}/sheet", produces = "text/csv")
  @Operation(
      summary =
          "One form pre-filled in its own layout for a spreadsheet: a header of the field labels"
              + " and one row of values (UTF-8 with byte-order mark)")
  ResponseEntity<String> sheet(
      @PathVariable UUID id, @PathVariable String form, @PathVariable String timepoint) {
    FilledForm filled = registry.form(id, form, timepoint, actor.get());
    return download(filled, "-sheet", RegistryFiles.sheet(filled));
  }

  @PostMapping("/{form}/{timepoint}/submission")
  @Operation(summary = "Record that the form was submitted to the registry (COORDINATOR)")
  ResponseEntity<RegistrySubmissions.Submission> submit(
      @PathVariable UUID id,
      @PathVariable String form,
      @PathVariable String timepoint,
      @Valid @RequestBody NewSubmission submission) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            registry.submit(
                id,
                form,
                timepoint,
                submission.submittedOn(),
                Optional.ofNullable(submission.reference()),
                actor.get()));
  }

  /** A form's file to save: named after the case reference, the form and the time point. */
  private static ResponseEntity<String> download(FilledForm filled, String suffix, String body) {
    String name =
        filled.caseReference()
            + "-"
            + filled.form().slug()
            + "-"
            + filled.timepoint()
            + suffix
            + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
