package org.openv2v.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.openv2v.safety.Assessments;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments on a case after infusion: each graded on entry, with the ASCO 2021 management for its
 * grade as decision support that a physician confirms.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/assessments")
@Tag(name = "Assessments", description = "CRS, ICANS, ICE/CAPD and blood counts over time")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
@RequiredArgsConstructor
class AssessmentApi {

  private final Assessments assessments;
  private final CurrentActor actor;
  private final RequestChecks checks;

  record BloodCount(@NotNull Double ancPerUl, Double plateletsPerNl, Double hemoglobinGDl) {}

  /** Exactly one of crs, icans, ice or bloodCount; their bodies are the calculators'. */
  record AssessmentRequest(
      @NotNull Instant assessedAt,
      @Valid CalculatorRequests.CrsRequest crs,
      @Valid CalculatorRequests.IcansRequest icans,
      CalculatorRequests.IceRequest ice,
      @Valid BloodCount bloodCount) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('PHYSICIAN','NURSE')")
  @Operation(
      summary =
          "Record one assessment (crs, icans, ice or bloodCount), graded on entry with its"
              + " suggested management (PHYSICIAN, NURSE)")
  Assessments.AssessmentView record(@PathVariable UUID id, @RequestBody AssessmentRequest body) {
    AssessmentRequest in = checks.valid(body);
    long given =
        Stream.of(in.crs(), in.icans(), in.ice(), in.bloodCount()).filter(x -> x != null).count();
    if (given != 1) {
      throw Refusal.invalidField(
              "crs", "give exactly one of crs, icans, ice or bloodCount; " + given + " given")
          .withWords("refusal.assessment.oneKind", given);
    }
    if (in.crs() != null) {
      return assessments.recordCrs(
          id, in.assessedAt(), CalculatorRequests.findings(in.crs()), actor.get());
    }
    if (in.icans() != null) {
      return assessments.recordIcans(
          id, in.assessedAt(), CalculatorRequests.findings(in.icans(), "icans."), actor.get());
    }
    if (in.ice() != null) {
      return assessments.recordIce(id, in.assessedAt(), CalculatorApi.iceOf(in.ice()), actor.get());
    }
    return assessments.recordBloodCount(
        id,
        in.assessedAt(),
        in.bloodCount().ancPerUl(),
        Optional.ofNullable(in.bloodCount().plateletsPerNl()),
        Optional.ofNullable(in.bloodCount().hemoglobinGDl()),
        actor.get());
  }

  @GetMapping
  @Operation(
      summary = "The case's assessments in time order with days since infusion and early ICAHT")
  Assessments.Series series(@PathVariable UUID id) {
    return assessments.series(id, actor.get());
  }

  @PostMapping("/{assessmentId}/confirmation")
  @PreAuthorize("hasRole('PHYSICIAN')")
  @Operation(summary = "A physician confirms the suggested management of an assessment")
  Assessments.AssessmentView confirm(@PathVariable UUID id, @PathVariable UUID assessmentId) {
    return assessments.confirm(id, assessmentId, actor.get());
  }
}
