package org.openv2v.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.Alert;
import org.openv2v.alerts.AlertQuery;
import org.openv2v.alerts.Alerts;
import org.openv2v.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts for the caller's sites (quality sees all). */
@RestController
@Tag(name = "Alerts", description = "Excursions, slot changes and failures to act on")
@PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
@RequiredArgsConstructor
class AlertApi {

  private final Alerts alerts;
  private final CurrentActor actor;

  @GetMapping("/api/v1/alerts")
  @Operation(
      summary =
          "Alerts addressed to the caller's sites, newest first; open ones unless"
              + " includeAcknowledged=true. Auditors (quality) see every site's.")
  List<Alert> list(
      @RequestParam(defaultValue = "false") boolean includeAcknowledged,
      @RequestParam Optional<UUID> caseId,
      @RequestParam(defaultValue = "100") int limit) {
    return alerts.visibleTo(actor.get(), new AlertQuery(includeAcknowledged, caseId, limit));
  }

  @PostMapping("/api/v1/alerts/{id}/acknowledgement")
  @Operation(summary = "Acknowledge an alert: the caller has seen it and is handling it")
  Alert acknowledge(@PathVariable UUID id) {
    return alerts.acknowledge(id, actor.get());
  }
}
