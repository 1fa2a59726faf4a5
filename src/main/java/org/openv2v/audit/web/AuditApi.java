package org.openv2v.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.audit.AuditTrail;
import org.openv2v.audit.PatientDataRead;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of patient-data reads, for auditors. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who read which patient's data")
@RequiredArgsConstructor
class AuditApi {

  private final AuditTrail audit;

  @GetMapping("/reads")
  @PreAuthorize("hasRole('AUDITOR')")
  @Operation(summary = "Reads of patient data, newest first (AUDITOR)")
  List<PatientDataRead> reads(
      @RequestParam Optional<UUID> caseId, @RequestParam(defaultValue = "100") int limit) {
    return audit.reads(caseId, Math.min(Math.max(limit, 1), 1000));
  }
}
