package org.openv2v.forecast.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.database.ReadReplica;
import org.openv2v.forecast.ForecastView;
import org.openv2v.forecast.Forecasts;
import org.openv2v.forecast.WhatIfRequest;
import org.openv2v.forecast.WhatIfResult;
import org.openv2v.forecast.WhatIfs;
import org.openv2v.security.CurrentActor;
import org.openv2v.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The live forecast of open cases: infusion date p10/p50/p90, chance of infusion, main risk. */
@RestController
@Tag(name = "Forecast", description = "The network model run forward from today's real queue")
@RequiredArgsConstructor
class ForecastApi {

  private final Forecasts forecasts;
  private final CurrentActor actor;

  private final WhatIfs whatIfs;

  private final Validator validator;
  private final ReadReplica replica;

  @PostMapping("/api/v1/forecasts/what-if")
  @PreAuthorize("hasAnyRole('COORDINATOR','PLANNER')")
  @Operation(
      summary =
          "What if, on the live queue (COORDINATOR, PLANNER; moving a patient: COORDINATOR):"
              + " slots added or cut in a week, a lane's transit time, a patient's waitlist"
              + " priority or facility. Answers expected infusions and losses before infusion"
              + " (progression or death) over the next days (default 90), now and with the"
              + " changes, with 95% intervals and the paired difference. Nothing is stored.")
  WhatIfResult whatIf(@RequestBody(required = false) WhatIfRequest request) {
    // Validated here, after the role check, so that a role that may not run a what-if is refused
    // (403) before its body is judged.
    if (request == null) {
      throw Refusal.invalidField("changes", "is required").withWords("refusal.field.required");
    }
    validator.validate(request).stream()
        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              throw Refusal.invalidField(v.getPropertyPath().toString(), v.getMessage())
                  .withWords("refusal.whatIf.invalid", v.getMessage());
            });
    // A simulation seeded from the live records, on the replica when one is set; a patient's move
    // reads (and audits) that patient's case, which is a write, so it stays on the primary.
    boolean readsNoPatient = request.changes().stream().allMatch(c -> c.caseId() == null);
    return readsNoPatient
        ? replica.read(() -> whatIfs.run(request, actor.get()))
        : whatIfs.run(request, actor.get());
  }

  @GetMapping("/api/v1/cases/{id}/forecast")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
  @Operation(
      summary =
          "The case's forecast: infusion date (p10, p50, p90, in the network's zone), probability"
              + " of reaching infusion, the chance of each way of not reaching it and the main"
              + " risk, with the time it was computed and the model version. 404 for a case the"
              + " caller may not see, or one not open before infusion.")
  ForecastView forCase(@PathVariable UUID id) {
    return forecasts.forCase(id, actor.get());
  }

  @GetMapping("/api/v1/forecasts")
  @PreAuthorize("hasAnyRole('COORDINATOR','PHYSICIAN','NURSE','MANUFACTURER','COURIER','AUDITOR')")
  @Operation(
      summary =
          "The forecasts of all open cases before infusion at the caller's sites, earliest"
              + " expected infusion first. Manufacturers and couriers get the DIN, no reference.")
  List<ForecastView> all() {
    return forecasts.visibleTo(actor.get());
  }
}
