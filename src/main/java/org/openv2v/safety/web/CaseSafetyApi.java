package org.openv2v.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.safety.FollowUps;
import org.openv2v.safety.Lymphodepletions;
import org.openv2v.safety.PreInfusionChecklist;
import org.openv2v.safety.domain.OutcomeResponse;
import org.openv2v.security.CurrentActor;
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
 * A case's safety record before and after infusion: lymphodepletion given, the pre-infusion
 * checklist and the follow-up schedule. Clinical staff of the case's sites only; manufacturers and
 * couriers are refused.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Case safety", description = "Lymphodepletion, pre-infusion checklist, follow-up")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','AUDITOR')")
@RequiredArgsConstructor
class CaseSafetyApi {

  private final Lymphodepletions lymphodepletions;
  private final PreInfusionChecklist checklist;
  private final FollowUps followUps;
  private final CurrentActor actor;
  private final RequestChecks checks;

  record LymphodepletionRequest(
      @NotNull LocalDate startedOn, LocalDate finishedOn, @Size(max = 2000) String note) {}

  @PostMapping("/lymphodepletion")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('PHYSICIAN','NURSE')")
  @Operation(
      summary =
          "Record the lymphodepletion course (first and last dose dates, Asia/Seoul); the latest"
              + " record counts (PHYSICIAN, NURSE)")
  Lymphodepletions.Course recordLymphodepletion(
      @PathVariable UUID id, @RequestBody LymphodepletionRequest body) {
    LymphodepletionRequest in = checks.valid(body);
    return lymphodepletions.record(
        id,
        in.startedOn(),
        Optional.ofNullable(in.finishedOn()),
        Optional.ofNullable(in.note()),
        actor.get());
  }

  @GetMapping("/lymphodepletion")
  @Operation(summary = "The lymphodepletion courses recorded on the case")
  List<Lymphodepletions.Course> lymphodepletion(@PathVariable UUID id) {
    return lymphodepletions.of(id, actor.get());
  }

  @GetMapping("/pre-infusion-checklist")
  @Operation(summary = "Each pre-infusion item, met or not, and why")
  PreInfusionChecklist.Checklist checklist(@PathVariable UUID id) {
    return checklist.view(id, actor.get());
  }

  record SignatureRequest(
      @NotNull Boolean noActiveInfection,
      @NotNull Boolean organFunctionAdequate,
      @NotNull Boolean noNewContraindications,
      @Size(max = 2000) String note) {}

  @PostMapping("/pre-infusion-checklist/signature")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('PHYSICIAN')")
  @Operation(
      summary =
          "The physician signs the checklist: no active infection, organ function adequate, no"
              + " new contraindications (PHYSICIAN)")
  PreInfusionChecklist.Checklist sign(@PathVariable UUID id, @RequestBody SignatureRequest body) {
    SignatureRequest in = checks.valid(body);
    return checklist.sign(
        id,
        in.noActiveInfection(),
        in.organFunctionAdequate(),
        in.noNewContraindications(),
        Optional.ofNullable(in.note()),
        actor.get());
  }

  @GetMapping("/follow-up")
  @Operation(
      summary = "The monitoring and follow-up schedule planned at infusion (Asia/Seoul dates)")
  List<FollowUps.FollowUpView> followUp(@PathVariable UUID id) {
    return followUps.schedule(id, actor.get());
  }

  record DoneRequest(
      @NotNull LocalDate doneOn, @Size(max = 2000) String note, OutcomeResponse response) {}

  @PostMapping("/follow-up/{itemId}/done")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE')")
  @Operation(
      summary =
          "Mark a follow-up item done; HIRA outcome reports need the Lugano response, and"
              + " non-response sets refundEligible")
  FollowUps.FollowUpView done(
      @PathVariable UUID id, @PathVariable UUID itemId, @RequestBody DoneRequest body) {
    DoneRequest in = checks.valid(body);
    return followUps.markDone(
        id,
        itemId,
        in.doneOn(),
        Optional.ofNullable(in.note()),
        Optional.ofNullable(in.response()),
        actor.get());
  }
}
