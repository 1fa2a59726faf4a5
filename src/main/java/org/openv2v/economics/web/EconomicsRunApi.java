package org.openv2v.economics.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.economics.internal.EconomicsRun;
import org.openv2v.economics.internal.EconomicsRuns;
import org.openv2v.shared.Refusal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Health-economic model runs: cost-effectiveness, budget impact and PSA (no patient data). */
@RestController
@RequestMapping("/api/v1/economics")
@Tag(name = "Economics", description = "Cost-effectiveness, budget impact and uncertainty")
@PreAuthorize("hasAnyRole('PLANNER','ADMIN','AUDITOR')")
@RequiredArgsConstructor
class EconomicsRunApi {

  private final EconomicsRuns runs;

  /** A run request: a built-in model's name or a model's YAML, and the PSA settings. */
  record RunRequest(
      @Size(max = 100) String model,
      @Size(max = 1_000_000) String yaml,
      @Min(0) @Max(100_000) Integer psa,
      Long seed) {}

  /** A run's state; the summary once done. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RunView(
      UUID id,
      String model,
      EconomicsRun.Status status,
      double progress,
      int psa,
      long seed,
      Map<String, Object> summary,
      String error,
      String report) {

    static RunView of(EconomicsRun run) {
      return new RunView(
          run.id(),
          run.model(),
          run.status(),
          run.progress(),
          run.psa(),
          run.seed(),
          run.summary().orElse(null),
          run.error().orElse(null),
          run.status() == EconomicsRun.Status.DONE
              ? "/api/v1/economics/runs/" + run.id() + "/report"
              : null);
    }
  }

  record ModelView(
      String name, String title, String currency, double horizonYears, List<String> arms) {}

  @PostMapping("/runs")
  @Operation(summary = "Start a run of a built-in model or of a model's YAML; 202 with its id")
  ResponseEntity<RunView> start(@Valid @RequestBody RunRequest request) {
    EconomicsRun run =
        runs.start(
            Optional.ofNullable(request.model()).filter(s -> !s.isBlank()),
            Optional.ofNullable(request.yaml()).filter(s -> !s.isBlank()),
            request.psa() == null ? 0 : request.psa(),
            request.seed() == null ? 1 : request.seed());
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/economics/runs/" + run.id()))
        .body(RunView.of(run));
  }

  @GetMapping("/runs/{id}")
  @Operation(summary = "A run's status, progress and, once done, its summary")
  RunView one(@PathVariable UUID id) {
    return RunView.of(runs.get(id));
  }

  @GetMapping(value = "/runs/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "A finished run's self-contained HTML report")
  ResponseEntity<String> report(@PathVariable UUID id) {
    EconomicsRun run = runs.get(id);
    String report =
        run.report()
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.CONFLICT,
                            "the run is " + run.status() + "; its report is not ready")
                        .withWords("refusal.economics.notReady", run.status()));
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(report);
  }

  @GetMapping("/models")
  @Operation(summary = "The built-in models")
  List<ModelView> models() {
    return runs.models().stream()
        .map(m -> new ModelView(m.name(), m.title(), m.currency(), m.horizonYears(), m.armNames()))
        .toList();
  }
}
