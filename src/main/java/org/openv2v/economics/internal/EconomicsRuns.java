package org.openv2v.economics.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.ModelLoadException;
import org.openv2v.economics.scenario.ModelSource;
import org.openv2v.economics.scenario.ModelSpec;
import org.openv2v.economics.scenario.Scenario;
import org.openv2v.jobs.JobRun;
import org.openv2v.jobs.JobRuns;
import org.openv2v.shared.Refusal;
import org.openv2v.simulation.AccessDelay;
import org.springframework.stereotype.Service;

/**
 * Economic model runs started from the API and the pages: validated when submitted, then run in the
 * background by the jobs module's registry on one node, and kept in the database (the most recent
 * {@value #KEPT}) with their summary and reports, for every node to show; they hold no patient
 * data.
 */
@Service
@RequiredArgsConstructor
public class EconomicsRuns {

  static final int KEPT = 50;

  private final JobRuns runs;

  /** Validates and queues a run of a built-in model or a model file's text. */
  public EconomicsRun start(Optional<String> model, Optional<String> yaml, int psa, long seed) {
    if (model.isPresent() == yaml.isPresent()) {
      throw Refusal.invalidField(
              "model", "give either a built-in model name or a model's YAML, not both or neither")
          .withWords("refusal.economics.modelOrYaml");
    }
    Scenario scenario;
    if (model.isPresent()) {
      requireBuiltIn(model.get());
      scenario = ModelSource.open(model.get(), Optional.empty());
    } else {
      try {
        scenario = ModelSource.fromText(yaml.get(), "model");
      } catch (ModelLoadException e) {
        throw Refusal.invalidField("yaml", e.getMessage())
            .withWords("refusal.economics.yaml", e.getMessage());
      }
    }
    return queue(
        scenario.spec().name(),
        new EconomicsWork.Parameters(
            EconomicsWork.Parameters.MODEL,
            model.orElse(null),
            yaml.orElse(null),
            null,
            psa,
            seed));
  }

  /** Refuses a model name that is not built in; both kinds of run name their model so. */
  private static void requireBuiltIn(String model) {
    if (!BuiltInModels.NAMES.contains(model)) {
      throw Refusal.invalidField(
              "model", "no built-in model " + model + "; known: " + BuiltInModels.NAMES)
          .withWords("refusal.economics.unknownModel", model, BuiltInModels.NAMES);
    }
  }

  private EconomicsRun queue(String label, EconomicsWork.Parameters parameters) {
    JobRun run =
        runs.submit(EconomicsWork.KIND, label, "", parameters)
            .orElseThrow(
                () ->
                    new Refusal(
                            Refusal.Kind.CONFLICT,
                            "too many economic runs waiting; try again when one finishes")
                        .withWords("refusal.economics.busy"));
    return view(run);
  }

  private EconomicsRun view(JobRun run) {
    return new EconomicsRun(run, name -> runs.text(run.id(), name));
  }

  /** The delays of the "value of faster access" sweep started from the planning pages. */
  public static final List<Double> ACCESS_DELAYS = List.of(0.0, 15.0, 30.0, 60.0, 90.0);

  static final double ACCESS_YEARS = 5;
  static final int ACCESS_REPLICATIONS = 10;

  /**
   * Validates and queues a "value of faster access" sweep (issue 12 item 7): a built-in model with
   * an intention-to-treat block, through a built-in simulator scenario, at {@link #ACCESS_DELAYS}
   * with the command line's default simulation (5 years, 10 replications).
   */
  public EconomicsRun startAccessValue(String model, String scenario, int psa, long seed) {
    requireBuiltIn(model);
    ModelSpec spec = BuiltInModels.load(model);
    if (spec.itt().isEmpty()) {
      throw Refusal.invalidField(
              "model",
              "model " + model + " has no intentionToTreat block: nothing depends on a delay")
          .withWords("refusal.economics.noIntentionToTreat", model);
    }
    if (!AccessDelay.builtInScenarios().contains(scenario)) {
      throw Refusal.invalidField(
              "scenario",
              "no built-in scenario " + scenario + "; known: " + AccessDelay.builtInScenarios())
          .withWords("refusal.economics.unknownScenario", scenario, AccessDelay.builtInScenarios());
    }
    return queue(
        model + " · " + scenario,
        new EconomicsWork.Parameters(
            EconomicsWork.Parameters.ACCESS_VALUE, model, null, scenario, psa, seed));
  }

  public EconomicsRun get(UUID id) {
    return runs.find(id)
        .filter(r -> r.kind().equals(EconomicsWork.KIND))
        .map(this::view)
        .orElseThrow(
            () ->
                Refusal.notFound("no economic run " + id)
                    .withWords("refusal.economics.notFound", id));
  }

  /** The most recent runs, newest first. */
  public List<EconomicsRun> recent(int limit) {
    return runs.list(EconomicsWork.KIND, limit).stream().map(this::view).toList();
  }

  public List<ModelSpec> models() {
    return BuiltInModels.NAMES.stream().map(BuiltInModels::load).toList();
  }

  /** The built-in models whose results depend on the wait (an intentionToTreat block). */
  public List<ModelSpec> accessModels() {
    return models().stream().filter(m -> m.itt().isPresent()).toList();
  }

  /** The simulator's built-in scenarios, for the sweep through the access simulator. */
  public List<String> scenarios() {
    return AccessDelay.builtInScenarios();
  }
}
