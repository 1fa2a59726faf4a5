package org.openv2v.simulation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.security.Actor;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.simulation.NewSimulation;
import org.openv2v.simulation.SimulationStatus;
import org.openv2v.simulation.Simulations;
import org.openv2v.web.RefusedWith;
import org.openv2v.web.RunPages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The planners' pages for the network simulator: start a built-in scenario, follow its progress
 * (the run page polls a fragment every second), read its report with plots, and compare finished
 * runs side by side. Planners and administrators start runs; auditors read them.
 */
@RefusedWith("planning/problem")
@Controller
@PreAuthorize("hasAnyRole('PLANNER','ADMIN','AUDITOR')")
@RequiredArgsConstructor
class SimulationPages {

  /** Defaults of the start form: a quick first look, not a study. */
  static final double DEFAULT_YEARS = 1;

  static final int DEFAULT_REPLICATIONS = 20;
  static final long DEFAULT_SEED = 42;

  private static final String WHOLE = "simulation.error.whole";

  private final Simulations simulations;
  private final CurrentActor currentActor;
  private final RunPages pages;
  private final ScenarioWords words;

  @GetMapping("/planning")
  String index(Model model) {
    fillFreshIndex(model);
    return "planning/index";
  }

  @PostMapping("/planning/simulations")
  @PreAuthorize("hasAnyRole('PLANNER','ADMIN')")
  String start(
      @RequestParam(defaultValue = "") String scenario,
      @RequestParam(defaultValue = "") String years,
      @RequestParam(defaultValue = "") String replications,
      @RequestParam(defaultValue = "") String seed,
      Model model,
      HttpServletResponse response) {
    try {
      SimulationStatus started =
          simulations.submit(
              new NewSimulation(
                  Optional.of(scenario),
                  Optional.empty(),
                  pages.number(years, "years", "simulation.error.number"),
                  (int)
                      Math.min(Integer.MAX_VALUE, pages.whole(replications, "replications", WHOLE)),
                  pages.whole(seed, "seed", WHOLE)),
              currentActor.get().username());
      return "redirect:/planning/simulations/" + started.id();
    } catch (Refusal refusal) {
      pages.refused(refusal, "startError", model, response);
      fillIndex(model, scenario, years, replications, seed);
      return "planning/index";
    }
  }

  @GetMapping("/planning/simulations/{id}")
  String run(@PathVariable String id, Model model) {
    fillRun(model, simulations.status(runId(id)));
    return "planning/simulation";
  }

  /** The run's status, polled every second until it is done; then the report itself. */
  @GetMapping("/planning/simulations/{id}/progress")
  String progress(@PathVariable String id, Model model) {
    fillRun(model, simulations.status(runId(id)));
    return "planning/simulation :: run";
  }

  @GetMapping("/planning/simulations/compare")
  String compare(
      @RequestParam(name = "runs", required = false) List<String> ids,
      Model model,
      HttpServletResponse response) {
    List<UUID> chosen =
        new ArrayList<>(
            new LinkedHashSet<>(
                (ids == null ? List.<String>of() : ids).stream().map(this::runId).toList()));
    if (chosen.size() < 2 || chosen.size() > 3) {
      response.setStatus(400);
      model.addAttribute("compareError", pages.text("simulation.compare.choose"));
      fillFreshIndex(model);
      return "planning/index";
    }
    List<SimulationStatus> runs = new ArrayList<>();
    List<String> plots = new ArrayList<>();
    for (UUID run : chosen) {
      SimulationStatus status = simulations.status(run);
      if (status.state() != SimulationStatus.State.DONE) {
        throw new Refusal(
                Refusal.Kind.CONFLICT,
                pages.text("simulation.compare.notDone", words.of(status.scenario())))
            .withWords("simulation.compare.notDone", words.of(status.scenario()));
      }
      runs.add(status);
      plots.add(simulations.reportPart(run, "v2vPlot", LocaleContextHolder.getLocale()).orElse(""));
    }
    model.addAttribute("comparison", SimulationComparison.of(runs, plots));
    return "planning/compare";
  }

  /** The index with the start form as it first opens: Korea in 2023 and the quick defaults. */
  private void fillFreshIndex(Model model) {
    fillIndex(
        model, "korea-2023", DEFAULT_YEARS + "", DEFAULT_REPLICATIONS + "", DEFAULT_SEED + "");
  }

  private void fillIndex(
      Model model, String scenario, String years, String replications, String seed) {
    Actor actor = currentActor.get();
    model.addAttribute("mayStart", actor.is(Role.PLANNER, Role.ADMIN));
    model.addAttribute("scenarios", simulations.scenarios());
    model.addAttribute("runs", simulations.list());
    model.addAttribute("chosenScenario", scenario);
    model.addAttribute("years", years);
    model.addAttribute("replications", replications);
    model.addAttribute("seed", seed);
  }

  private void fillRun(Model model, SimulationStatus status) {
    pages.progress(
        model,
        status,
        status.state() == SimulationStatus.State.DONE
            || status.state() == SimulationStatus.State.FAILED,
        status.progress(),
        () -> simulations.reportPart(status.id(), "section", LocaleContextHolder.getLocale()));
    model.addAttribute("replicationsDone", Math.round(status.progress() * status.replications()));
  }

  private UUID runId(String text) {
    return pages.runId(text, "simulation.notFound");
  }
}
