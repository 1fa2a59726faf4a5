package org.openv2v.simulation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.security.CurrentActor;
import org.openv2v.simulation.NewSimulation;
import org.openv2v.simulation.ScenarioInfo;
import org.openv2v.simulation.SimulationStatus;
import org.openv2v.simulation.Simulations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Network simulations for planners: start one, follow its progress, read its report. */
@RestController
@RequestMapping("/api/v1/simulations")
@Tag(name = "Simulations", description = "Access simulator of the national CAR-T network")
@PreAuthorize("hasAnyRole('PLANNER','ADMIN','AUDITOR')")
@RequiredArgsConstructor
class SimulationApi {

  private final Simulations simulations;
  private final CurrentActor actor;

  /**
   * A simulation request in JSON: a built-in {@code scenario} or a scenario's {@code yaml} text.
   */
  record SimulationRequest(
      @Size(max = 100) String scenario,
      @Size(max = 200_000) String yaml,
      @NotNull @DecimalMin(value = "0", inclusive = false) Double years,
      @NotNull @Min(1) @Max(1_000_000) Integer replications,
      @NotNull Long seed) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('PLANNER','ADMIN')")
  @Operation(
      summary =
          "Start a network simulation of a built-in scenario or a YAML scenario; 202 with its id"
              + " (PLANNER, ADMIN)")
  ResponseEntity<SimulationStatus> start(@Valid @RequestBody SimulationRequest request) {
    return accepted(
        simulations.submit(
            new NewSimulation(
                Optional.ofNullable(request.scenario()),
                Optional.ofNullable(request.yaml()),
                request.years(),
                request.replications(),
                request.seed()),
            actor.get().username()));
  }

  @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
  @PreAuthorize("hasAnyRole('PLANNER','ADMIN')")
  @Operation(
      summary =
          "Start a simulation of the scenario file in the body (YAML); years, replications and"
              + " seed as query parameters (PLANNER, ADMIN)")
  ResponseEntity<SimulationStatus> startYaml(
      @RequestBody String yaml,
      @RequestParam double years,
      @RequestParam int replications,
      @RequestParam long seed) {
    return accepted(
        simulations.submit(
            new NewSimulation(Optional.empty(), Optional.of(yaml), years, replications, seed),
            actor.get().username()));
  }

  @GetMapping
  @Operation(summary = "The simulations kept, newest first")
  List<SimulationStatus> list() {
    return simulations.list();
  }

  @GetMapping("/scenarios")
  @Operation(summary = "The built-in scenarios")
  List<ScenarioInfo> scenarios() {
    return simulations.scenarios();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A simulation's state and progress (0..1), with its summary when done")
  SimulationStatus one(@PathVariable UUID id) {
    return simulations.status(id);
  }

  @GetMapping(value = "/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "The finished simulation's report: one self-contained HTML page")
  ResponseEntity<String> report(@PathVariable UUID id) {
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(simulations.report(id));
  }

  private static ResponseEntity<SimulationStatus> accepted(SimulationStatus status) {
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/simulations/" + status.id()))
        .body(status);
  }
}
