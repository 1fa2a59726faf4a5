package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.PartitionedSurvival;
import org.openv2v.shared.yaml.YamlField;

/**
 * Reads one arm of a model file: its survival curves or Markov chain, utilities, state costs, care
 * pathway, hospital stay and adverse events, each number registered with the model's parameters.
 */
final class ArmReader {

  private static final Set<String> FAMILIES =
      Set.of(
          "exponential", "weibull", "log-logistic", "lognormal", "gompertz", "generalised-gamma");

  private final ModelParameters parameters;

  ArmReader(ModelParameters parameters) {
    this.parameters = parameters;
  }

  ModelSpec.Arm arm(YamlField arm, String inherited) {
    arm.allowOnly(
        Set.of(
            "name",
            "label",
            "source",
            "survival",
            "markov",
            "utilities",
            "stateCosts",
            "terminalCare",
            "pathway",
            "hospitalStay",
            "adverseEvents",
            "refundable"));
    String source = ModelParameters.sourceOf(arm, inherited);
    String name = arm.required("name").text();
    ModelSpec.Cohort cohort;
    List<String> states;
    if (arm.field("survival").isPresent() == arm.field("markov").isPresent()) {
      throw arm.problem("needs exactly one of survival (partitioned survival) or markov");
    }
    if (arm.field("survival").isPresent()) {
      YamlField survival = arm.required("survival").allowOnly(Set.of("pfs", "os", "source"));
      String s = ModelParameters.sourceOf(survival, source);
      cohort =
          new ModelSpec.Partitioned(
              curve(survival.required("pfs"), s), curve(survival.required("os"), s));
      states =
          List.of(PartitionedSurvival.PROGRESSION_FREE, PartitionedSurvival.PROGRESSED, "dead");
    } else {
      ModelSpec.Markov markov = markov(arm.required("markov"), source);
      cohort = markov;
      states = markov.states();
    }
    List<ModelSpec.StateValue> utilities = new ArrayList<>();
    YamlField utilityNode = arm.required("utilities");
    String utilitySource = ModelParameters.sourceOf(utilityNode, source);
    for (Map.Entry<String, YamlField> e : utilityNode.fields().entrySet()) {
      if (e.getKey().equals("source")) {
        continue;
      }
      state(e.getValue(), e.getKey(), states);
      utilities.add(
          new ModelSpec.StateValue(e.getKey(), parameters.num(e.getValue(), utilitySource)));
    }
    List<ModelSpec.StateCost> stateCosts = new ArrayList<>();
    for (YamlField item : arm.field("stateCosts").map(YamlField::items).orElse(List.of())) {
      item.allowOnly(
          Set.of("state", "item", "category", "perMonth", "untilYears", "covered", "source"));
      String s = ModelParameters.sourceOf(item, source);
      String state = item.required("state").text();
      state(item.required("state"), state, states);
      stateCosts.add(
          new ModelSpec.StateCost(
              state,
              item.required("item").text(),
              category(item.required("category")),
              parameters.num(item.required("perMonth"), s),
              item.field("untilYears").map(YamlField::number).orElse(Double.POSITIVE_INFINITY),
              item.field("covered").map(YamlField::bool).orElse(true)));
    }
    Num terminal = numOr(arm, "terminalCare", source, 0);
    List<ModelSpec.PathwayItem> pathway = new ArrayList<>();
    for (YamlField item : arm.field("pathway").map(YamlField::items).orElse(List.of())) {
      pathway.add(pathwayItem(item, source));
    }
    Optional<ModelSpec.HospitalStay> stay =
        arm.field("hospitalStay").map(n -> hospitalStay(n, source));
    List<ModelSpec.AdverseEvent> events = new ArrayList<>();
    for (YamlField event : arm.field("adverseEvents").map(YamlField::items).orElse(List.of())) {
      event.allowOnly(Set.of("name", "probability", "cost", "qalyLoss", "source"));
      String s = ModelParameters.sourceOf(event, source);
      events.add(
          new ModelSpec.AdverseEvent(
              event.required("name").text(),
              parameters.probability(event.required("probability"), s),
              parameters.num(event.required("cost"), s),
              numOr(event, "qalyLoss", s, 0)));
    }
    return new ModelSpec.Arm(
        name,
        arm.field("label").map(YamlField::text).orElse(name),
        cohort,
        utilities,
        stateCosts,
        terminal,
        pathway,
        stay,
        events,
        arm.field("refundable").map(YamlField::bool).orElse(false));
  }

  private static void state(YamlField node, String state, List<String> states) {
    if (!states.contains(state) || state.equals("dead")) {
      throw node.problem(
          "names no living state; states are " + states.subList(0, states.size() - 1));
    }
  }

  private ModelSpec.Curve curve(YamlField node, String inherited) {
    String source = ModelParameters.sourceOf(node, inherited);
    String family = node.required("distribution").text();
    if (family.equals("mixture-cure")) {
      node.allowOnly(Set.of("distribution", "cureFraction", "uncured", "source"));
      return new ModelSpec.Cure(
          parameters.probability(node.required("cureFraction"), source),
          curve(node.required("uncured"), source));
    }
    if (!FAMILIES.contains(family)) {
      throw node.required("distribution")
          .problem(
              "unknown survival distribution "
                  + family
                  + "; use mixture-cure or one of "
                  + FAMILIES.stream().sorted().toList());
    }
    List<String> names =
        switch (family) {
          case "exponential" -> List.of("rate");
          case "weibull", "log-logistic" -> List.of("shape", "scale");
          case "lognormal" -> List.of("meanlog", "sdlog");
          case "gompertz" -> List.of("shape", "rate");
          default -> List.of("mu", "sigma", "q");
        };
    Set<String> allowed = new HashSet<>(names);
    allowed.addAll(Set.of("distribution", "unit", "source"));
    node.allowOnly(allowed);
    List<Num> values = new ArrayList<>();
    for (String n : names) {
      values.add(parameters.num(node.required(n), source));
    }
    double unitsPerYear =
        switch (node.field("unit").map(YamlField::text).orElse("years")) {
          case "years" -> 1;
          case "months" -> 12;
          case "weeks" -> 365.25 / 7;
          case "days" -> 365.25;
          default -> throw node.required("unit").problem("must be years, months, weeks or days");
        };
    return new ModelSpec.Parametric(family, values, unitsPerYear);
  }

  private ModelSpec.Markov markov(YamlField node, String inherited) {
    node.allowOnly(Set.of("states", "start", "transitions", "source"));
    String source = ModelParameters.sourceOf(node, inherited);
    List<String> states = new ArrayList<>();
    node.required("states").items().forEach(i -> states.add(i.text()));
    if (states.size() < 2 || !states.get(states.size() - 1).equals("dead")) {
      throw node.required("states").problem("needs at least two states, the last one \"dead\"");
    }
    int n = states.size();
    Num[][] transitions = new Num[n][n];
    YamlField rows = node.required("transitions");
    for (Map.Entry<String, YamlField> row : rows.fields().entrySet()) {
      int from = states.indexOf(row.getKey());
      if (from < 0) {
        throw row.getValue().problem("names no state; states are " + states);
      }
      for (Map.Entry<String, YamlField> cell : row.getValue().fields().entrySet()) {
        int to = states.indexOf(cell.getKey());
        if (to < 0) {
          throw cell.getValue().problem("names no state; states are " + states);
        }
        if (to == from) {
          throw cell.getValue().problem("staying is the remainder of the row; leave it out");
        }
        transitions[from][to] = parameters.probability(cell.getValue(), source);
      }
    }
    double[] start = new double[n];
    String first = node.field("start").map(YamlField::text).orElse(states.get(0));
    if (!states.contains(first)) {
      throw node.required("start").problem("names no state; states are " + states);
    }
    start[states.indexOf(first)] = 1;
    return new ModelSpec.Markov(List.copyOf(states), transitions, start);
  }

  private ModelSpec.PathwayItem pathwayItem(YamlField item, String inherited) {
    item.allowOnly(
        Set.of(
            "item",
            "category",
            "cost",
            "quantity",
            "probability",
            "covered",
            "beforeInfusion",
            "ifNotInfused",
            "refundable",
            "source"));
    String source = ModelParameters.sourceOf(item, inherited);
    return new ModelSpec.PathwayItem(
        item.required("item").text(),
        category(item.required("category")),
        parameters.num(item.required("cost"), source),
        numOr(item, "quantity", source, 1),
        probabilityOr(item, "probability", source, 1),
        item.field("covered").map(YamlField::bool).orElse(true),
        item.field("beforeInfusion").map(YamlField::bool).orElse(false),
        probabilityOr(item, "ifNotInfused", source, 0),
        item.field("refundable").map(YamlField::bool).orElse(false));
  }

  private ModelSpec.HospitalStay hospitalStay(YamlField node, String inherited) {
    node.allowOnly(
        Set.of(
            "outpatientShare",
            "inpatientDays",
            "laterAdmission",
            "admittedOutpatientDays",
            "outpatientVisits",
            "costPerDay",
            "costPerVisit",
            "source"));
    String source = ModelParameters.sourceOf(node, inherited);
    // Only the outpatient-infusion fields may be left out (0: an inpatient-only pathway).
    return new ModelSpec.HospitalStay(
        parameters.probability(node.required("outpatientShare"), source),
        parameters.num(node.required("inpatientDays"), source),
        probabilityOr(node, "laterAdmission", source, 0),
        numOr(node, "admittedOutpatientDays", source, 0),
        numOr(node, "outpatientVisits", source, 0),
        parameters.num(node.required("costPerDay"), source),
        numOr(node, "costPerVisit", source, 0));
  }

  /** The number {@code key} of {@code node}, else the constant {@code absent} named by its path. */
  private Num numOr(YamlField node, String key, String source, double absent) {
    return node.field(key)
        .map(n -> parameters.num(n, source))
        .orElseGet(() -> parameters.constant(node.path() + "." + key, absent));
  }

  /** The probability {@code key} of {@code node}, else the constant {@code absent}. */
  private Num probabilityOr(YamlField node, String key, String source, double absent) {
    return node.field(key)
        .map(n -> parameters.probability(n, source))
        .orElseGet(() -> parameters.constant(node.path() + "." + key, absent));
  }

  private static CostCategory category(YamlField node) {
    try {
      return CostCategory.fromKey(node.text());
    } catch (IllegalArgumentException e) {
      throw node.problem(
          "unknown category "
              + node.text()
              + "; use one of "
              + Arrays.stream(CostCategory.values()).map(CostCategory::key).toList());
    }
  }
}
