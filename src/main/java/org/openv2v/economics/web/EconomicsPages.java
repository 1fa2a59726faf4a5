package org.openv2v.economics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.economics.internal.EconomicsRun;
import org.openv2v.economics.internal.EconomicsRuns;
import org.openv2v.security.CurrentActor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
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
 * The planners' pages for the economic models: start a built-in model with its probabilistic
 * sensitivity analysis, or the "value of faster access" sweep through the access simulator, follow
 * its progress (polled every second), and read the report with its plots. Planners and
 * administrators start runs; auditors read them.
 */
@RefusedWith("planning/problem")
@Controller
@PreAuthorize("hasAnyRole('PLANNER','ADMIN','AUDITOR')")
@RequiredArgsConstructor
class EconomicsPages {

  static final int DEFAULT_PSA = 200;
  static final long DEFAULT_SEED = 1;

  /** Recent runs listed under the forms, newest first. */
  private static final int LISTED = 20;

  private static final String WHOLE = "economics.error.whole";

  private final EconomicsRuns runs;
  private final CurrentActor currentActor;
  private final RunPages pages;

  @GetMapping("/planning/economics")
  String page(Model model) {
    fillForm(model, "", DEFAULT_PSA + "", DEFAULT_SEED + "");
    return "planning/economics";
  }

  /** The start form and recent runs alone, for the planning overview to load in place. */
  @GetMapping("/planning/economics/form")
  String form(Model model) {
    fillForm(model, "", DEFAULT_PSA + "", DEFAULT_SEED + "");
    return "planning/economics :: start";
  }

  @PostMapping("/planning/economics/runs")
  @PreAuthorize("hasAnyRole('PLANNER','ADMIN')")
  String start(
      @RequestParam(defaultValue = "") String model,
      @RequestParam(defaultValue = "") String psa,
      @RequestParam(defaultValue = "") String seed,
      Model page,
      HttpServletResponse response) {
    return startOrShow(
        psa,
        seed,
        (iterations, s) ->
            runs.start(
                Optional.of(model).filter(m -> !m.isBlank()), Optional.empty(), iterations, s),
        "startError",
        model,
        page,
        response);
  }

  /** The "value of faster access" sweep: a model through a simulator scenario at five delays. */
  @PostMapping("/planning/economics/access-value")
  @PreAuthorize("hasAnyRole('PLANNER','ADMIN')")
  String startAccessValue(
      @RequestParam(defaultValue = "") String model,
      @RequestParam(defaultValue = "") String scenario,
      @RequestParam(defaultValue = "") String psa,
      @RequestParam(defaultValue = "") String seed,
      Model page,
      HttpServletResponse response) {
    return startOrShow(
        psa,
        seed,
        (iterations, s) -> runs.startAccessValue(model, scenario, iterations, s),
        "accessError",
        "",
        page,
        response);
  }

  /** How a run is started from a form. */
  private interface Starter {
    EconomicsRun start(int psa, long seed);
  }

  /** Starts a run and goes to its page, or shows the form again with the refusal. */
  private String startOrShow(
      String psa,
      String seed,
      Starter starter,
      String errorAttribute,
      String chosenModel,
      Model page,
      HttpServletResponse response) {
    try {
      long iterations = pages.whole(psa, "psa", WHOLE);
      if (iterations < 0 || iterations > 100_000) {
        throw Refusal.invalidField("psa", pages.text("economics.error.psa"))
            .withWords("economics.error.psa");
      }
      EconomicsRun run = starter.start((int) iterations, pages.whole(seed, "seed", WHOLE));
      return "redirect:/planning/economics/runs/" + run.id();
    } catch (Refusal refusal) {
      pages.refused(refusal, errorAttribute, page, response);
      fillForm(page, chosenModel, psa, seed);
      return "planning/economics";
    }
  }

  @GetMapping("/planning/economics/runs/{id}")
  String run(@PathVariable String id, Model model) {
    fillRun(model, runs.get(pages.runId(id, "economics.notFound")));
    return "planning/economics-run";
  }

  @GetMapping("/planning/economics/runs/{id}/progress")
  String progress(@PathVariable String id, Model model) {
    fillRun(model, runs.get(pages.runId(id, "economics.notFound")));
    return "planning/economics-run :: run";
  }

  private void fillForm(Model model, String chosen, String psa, String seed) {
    model.addAttribute("mayStart", currentActor.get().is(Role.PLANNER, Role.ADMIN));
    model.addAttribute("models", runs.models());
    model.addAttribute("accessModels", runs.accessModels());
    model.addAttribute("accessScenarios", runs.scenarios());
    model.addAttribute(
        "accessDelays", EconomicsRuns.ACCESS_DELAYS.stream().map(Double::intValue).toList());
    model.addAttribute("chosenModel", chosen);
    model.addAttribute("psa", psa);
    model.addAttribute("seed", seed);
    model.addAttribute("economicRuns", runs.recent(LISTED));
  }

  private void fillRun(Model model, EconomicsRun run) {
    pages.progress(
        model,
        run,
        run.status() == EconomicsRun.Status.DONE || run.status() == EconomicsRun.Status.FAILED,
        run.progress(),
        () -> run.section(LocaleContextHolder.getLocale()));
  }
}
