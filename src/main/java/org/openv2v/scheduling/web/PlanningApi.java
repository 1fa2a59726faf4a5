package org.openv2v.scheduling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.scheduling.BookingView;
import org.openv2v.scheduling.Planning;
import org.openv2v.scheduling.PlanningRequest;
import org.openv2v.scheduling.PlanningRunView;
import org.openv2v.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Network-wide planning runs and the coordinators' decisions on their proposals. */
@RestController
@RequestMapping("/api/v1/planning/runs")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
@Tag(name = "Planning", description = "Optimised, fair allocation of slots to waiting cases")
@RequiredArgsConstructor
class PlanningApi {

  private final Planning planning;
  private final CurrentActor actor;

  @PostMapping
  @Operation(
      summary =
          "Start a planning run over every waiting case (202 with the run's id); it runs in the"
              + " background within its time limit.")
  ResponseEntity<PlanningRunView> start(
      @Valid @RequestBody(required = false) PlanningRequest request) {
    PlanningRunView run =
        planning.start(request == null ? new PlanningRequest(null, null) : request, actor.get());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/api/v1/planning/runs/" + run.id()))
        .body(run);
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "A run's status and progress; when DONE, its score by constraint, the comparison with"
              + " first come, first served, and the proposals for your sites' cases.")
  PlanningRunView run(@PathVariable UUID id) {
    return planning.run(id, actor.get());
  }

  @PostMapping("/{id}/assignments/{caseId}/acceptance")
  @PreAuthorize("hasRole('COORDINATOR')")
  @Operation(
      summary =
          "Accept a case's proposal (COORDINATOR): books it atomically; 409 if the capacity was"
              + " taken meanwhile.")
  ResponseEntity<BookingView> accept(@PathVariable UUID id, @PathVariable UUID caseId) {
    BookingView booked = planning.accept(id, caseId, actor.get());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/schedule")).body(booked);
  }

  @PostMapping("/{id}/assignments/{caseId}/rejection")
  @Operation(summary = "Reject a case's proposal; the case stays on the waitlist.")
  PlanningRunView.Assignment reject(
      @PathVariable UUID id,
      @PathVariable UUID caseId,
      @RequestParam(required = false) String note) {
    return planning.reject(id, caseId, note, actor.get());
  }
}
