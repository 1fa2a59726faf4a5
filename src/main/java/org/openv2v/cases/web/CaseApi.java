package org.openv2v.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.EventView;
import org.openv2v.cases.RecordedEvent;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Timeline;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.database.ConflictRetry;
import org.openv2v.security.CurrentActor;
import org.openv2v.web.IdempotentAnswer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Patients' cases and their journeys. Staff see only the cases their sites take part in. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Each patient's vein-to-vein journey")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
@RequiredArgsConstructor
class CaseApi {

  private final Cases cases;
  private final CurrentActor actor;
  private final ConflictRetry retry;

  @PostMapping
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN')")
  @Operation(summary = "Refer a patient: opens a case in state REFERRED (COORDINATOR, PHYSICIAN)")
  ResponseEntity<CaseView> refer(@Valid @RequestBody Referral referral) {
    CaseView opened = cases.refer(referral, actor.get());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(opened);
  }

  @GetMapping
  @Operation(summary = "List the cases at your sites, newest referral first")
  ResponseEntity<List<CaseView>> list(
      @RequestParam Optional<CaseState> state,
      @RequestParam Optional<String> centreId,
      @Parameter(
              description =
                  "a DIN (as printed or scanned) or case reference; also a patient's name or"
                      + " record number for roles that see patients")
          @RequestParam
          Optional<String> q,
      @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "page size, at most 200") @RequestParam(defaultValue = "50")
          int size) {
    return ResponseEntity.ok(
        cases.list(new CaseQuery(state, centreId, q, page, size), actor.get()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One case")
  CaseView one(@PathVariable UUID id) {
    return cases.find(id, actor.get());
  }

  @GetMapping("/{id}/timeline")
  @Operation(summary = "The case's events in order and its milestone intervals in days")
  Timeline timeline(@PathVariable UUID id) {
    return cases.timeline(id, actor.get());
  }

  @PostMapping("/{id}/events")
  @Operation(
      summary =
          "Record an event; 409 names the events allowed now; a replayed eventId"
              + " with the same body answers the original result")
  ResponseEntity<EventView> record(
      @PathVariable UUID id, @Valid @RequestBody EventRequest request) {
    // The event id is the idempotency key, so running it again after a conflict is safe.
    RecordedEvent recorded = retry.run(() -> cases.record(id, request.toNewEvent(), actor.get()));
    return IdempotentAnswer.created(recorded.replayed(), recorded.event());
  }
}
