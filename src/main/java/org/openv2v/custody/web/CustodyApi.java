package org.openv2v.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.custody.Custody;
import org.openv2v.custody.SignedCustodyEvent;
import org.openv2v.database.ConflictRetry;
import org.openv2v.security.CurrentActor;
import org.openv2v.web.IdempotentAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signed custody events on a case, and the case's custody chain for offline checking. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Custody", description = "Signed chain of custody with a tamper-evident ledger")
@RequiredArgsConstructor
class CustodyApi {

  private final Custody custody;
  private final CurrentActor actor;
  private final ConflictRetry retry;

  @PostMapping("/custody")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER')")
  @Operation(
      summary =
          "Sign a custody event: the signer re-enters their password; witnessed steps need a second"
              + " signer; every unit must be this case's (a refusal is recorded); a replayed"
              + " eventId with the same body answers the original record")
  ResponseEntity<CustodyEventView> sign(
      @PathVariable UUID id, @Valid @RequestBody CustodyRequest request) {
    // The event id is the idempotency key: a retry after a conflict replays, never duplicates.
    SignedCustodyEvent signed =
        retry.run(
            () ->
                custody.sign(
                    id,
                    request.toNewEvent(),
                    request.signature().password(),
                    request.witnessCredentials(),
                    actor.get()));
    return IdempotentAnswer.created(signed.replayed(), CustodyEventView.of(signed.record()));
  }

  @GetMapping(value = "/ledger", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
  @Operation(
      summary =
          "The case's custody chain with its hashes, in canonical JSON; check it offline with"
              + " java -jar openv2v.jar verify-ledger FILE")
  ResponseEntity<String> ledger(@PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(custody.export(id, actor.get()));
  }
}
