package org.openv2v.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.custody.Custody;
import org.openv2v.custody.domain.BrokenRecord;
import org.openv2v.custody.domain.LedgerVerdict;
import org.openv2v.database.ReadReplica;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ledger's own check, for auditors. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who read which patient's data")
@RequiredArgsConstructor
class LedgerAuditApi {

  private final Custody custody;
  private final ReadReplica replica;

  /** The answer: whether the ledger holds, how many records were checked, the first break. */
  record Verification(boolean valid, long checked, Broken firstInvalid) {}

  /** The first record that does not hold: its place in the ledger, ids, and why. */
  record Broken(long sequence, UUID eventId, UUID caseId, String reason) {
    static Broken of(BrokenRecord broken) {
      return new Broken(broken.sequence(), broken.eventId(), broken.caseId(), broken.reason());
    }
  }

  @GetMapping("/verify")
  @PreAuthorize("hasRole('AUDITOR')")
  @Operation(
      summary =
          "Recompute the custody ledger: every content hash, the chain of each case and of the"
              + " whole ledger (AUDITOR)")
  Verification verify() {
    // Reads the whole ledger: on the replica when one is set, away from the primary's writes.
    LedgerVerdict verdict = replica.read(custody::verify);
    return new Verification(
        verdict.valid(), verdict.checked(), verdict.firstInvalid().map(Broken::of).orElse(null));
  }
}
