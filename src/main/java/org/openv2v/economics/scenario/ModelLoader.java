package org.openv2v.economics.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openv2v.economics.model.CostCategory;
import org.openv2v.economics.model.CostSharing;
import org.openv2v.economics.model.LifeTable;
import org.openv2v.economics.model.ParameterDistribution;
import org.openv2v.economics.model.PartitionedSurvival;

/**
 * Reads a model file (docs/economics.md describes the format). A number may be written plainly, in
 * which case it takes the nearest enclosing {@code source}, or as {@code {value, source,
 * distribution, sd, low, high}}.
 */
public final class ModelLoader {

  static final Set<String> FAMILIES =
      Set.of(
          "exponential", "weibull", "log-logistic", "lognormal", "gompertz", "generalised-gamma");

  private final List<Parameter> parameters = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final Map<String, Num> named = new java.util.HashMap<>();
  private final Set<Integer> probabilities = new HashSet<>();
  private final Set<Integer> methodological = new HashSet<>();

  private ModelLoader() {}

  /** Loads a model from its text; {@code origin} names it in errors (a file name). */
  public static ModelSpec load(String text, String origin) {
    return new ModelLoader().model(YamlNode.parse(text, origin));
  }

  private ModelSpec model(YamlNode root) {
    root.allowOnly(
        Set.of(
            "unitCosts",
            "name",
            "title",
            "description",
            "source",
            "currency",
            "horizonYears",
            "cyclesPerYear",
            "halfCycleCorrection",
            "discount",
            "population",
            "willingnessToPay",
            "willingnessToPayMax",
            "comparator",
            "intervention",
            "arms",
            "payer",
            "intentionToTreat",
            "budget",
            "calibration",
            "simulation",
            "uncertainty",
            "parameters"));
    String source = root.field("source").map(YamlNode::text).orElse("");
    // Shared unit costs (economics/data), each a {ref: key} like the parameters block's entries.
    root.field("unitCosts").ifPresent(this::unitCosts);
    if (root.field("parameters").isPresent()) {
      YamlNode shared = root.required("parameters");
      String sharedSource = shared.field("source").map(YamlNode::text).orElse(source);
      for (Map.Entry<String, YamlNode> e : shared.fields().entrySet()) {
        if (!e.getKey().equals("source")) {
          named.put(e.getKey(), num(e.getValue(), sharedSource));
        }
      }
    }
    String name = root.required("name").text();
    double horizon = root.required("horizonYears").number();
    if (!(horizon > 0 && horizon <= 100)) {
      throw root.required("horizonYears").error("must be between 0 and 100 years");
    }
    int cyclesPerYear = root.field("cyclesPerYear").map(YamlNode::integer).orElse(12);
    if (cyclesPerYear < 1 || cyclesPerYear > 365) {
      throw root.required("cyclesPerYear").error("must be 1..365 (12 = monthly)");
    }
    YamlNode discount = root.required("discount").allowOnly(Set.of("costs", "effects", "source"));
    String discountSource = discount.field("source").map(YamlNode::text).orElse(source);
    Num costRate = num(discount.required("costs"), discountSource);
    Num effectRate = num(discount.required("effects"), discountSource);
    methodological.add(costRate.index());
    methodological.add(effectRate.index());
    YamlNode population =
        root.required("population")
            .allowOnly(Set.of("startAge", "maleShare", "lifeTable", "source"));
    String populationSource = population.field("source").map(YamlNode::text).orElse(source);
    Num startAge = num(population.required("startAge"), populationSource);
    Num maleShare = probability(population.required("maleShare"), populationSource);
    LifeTable lifeTable = LifeTables.named(population.required("lifeTable"));
    Num wtp = num(root.required("willingnessToPay"), source);
    methodological.add(wtp.index());
    double wtpMax =
        root.field("willingnessToPayMax")
            .map(YamlNode::number)
            .orElse(3 * parameters.get(wtp.index()).base());
    List<ModelSpec.Arm> arms = new ArrayList<>();
    Set<String> armNames = new HashSet<>();
    for (YamlNode arm : root.required("arms").items()) {
      ModelSpec.Arm loaded = arm(arm, source);
      if (!armNames.add(loaded.name())) {
        throw arm.error("two arms are named " + loaded.name());
      }
      arms.add(loaded);
    }
    if (arms.size() < 2) {
      throw root.required("arms").error("needs at least two arms");
    }
    String comparator = armName(root.required("comparator"), armNames);
    String intervention =
        root.field("intervention")
            .map(n -> armName(n, armNames))
            .orElse(
                arms.stream()
                    .map(ModelSpec.Arm::name)
                    .filter(n -> !n.equals(comparator))
                    .findFirst()
                    .orElseThrow());
    Optional<ModelSpec.PayerRules> payer = root.field("payer").map(n -> payer(n, source));
    Optional<ModelSpec.IntentionToTreat> itt =
        root.field("intentionToTreat").map(n -> itt(n, source, armNames, root.field("simulation")));
    if (itt.isEmpty() && root.field("simulation").isPresent()) {
      throw root.required("simulation").error("needs an intentionToTreat block naming the arm");
    }
    ModelSpec.Budget budget =
        root.field("budget")
            .map(n -> budget(n, source))
            .orElse(new ModelSpec.Budget(List.of(), 5, ""));
    root.field("uncertainty").ifPresent(this::defaultSpreads);
    List<String> calibration = new ArrayList<>();
    root.field("calibration").ifPresent(c -> c.items().forEach(i -> calibration.add(i.text())));
    return new ModelSpec(
        name,
        root.field("title").map(YamlNode::text).orElse(name),
        root.field("description").map(YamlNode::text).orElse(""),
        root.required("currency").text(),
        horizon,
        cyclesPerYear,
        root.field("halfCycleCorrection").map(YamlNode::bool).orElse(true),
        costRate,
        effectRate,
        startAge,
        maleShare,
        lifeTable,
        wtp,
        wtpMax,
        comparator,
        intervention,
        arms,
        payer,
        itt,
        budget,
        List.copyOf(parameters),
        calibration);
  }

  /**
   * Gives every input without a stated distribution one of the model's default width: a standard
   * deviation of {@code assumption} (for inputs whose source is an assumption) or {@code sourced}
   * (published figures without a published spread) times the value, or for a probability times its
   * distance to the nearer of 0 and 1; beta for probabilities, gamma for positive numbers. The
   * discount rates and the willingness to pay are choices of method, not uncertain inputs: they
   * stay fixed in the PSA and are varied one way only. Zeros and probabilities of 1 cannot be
   * scaled; the model file must state their distribution (e.g. uniform).
   */
  private void defaultSpreads(YamlNode node) {
    node.allowOnly(Set.of("assumption", "sourced", "source"));
    double assumption = node.required("assumption").number();
    double sourced = node.required("sourced").number();
    if (!(assumption > 0 && assumption <= 1) || !(sourced > 0 && sourced <= 1)) {
      throw node.error("assumption and sourced are relative standard deviations in (0, 1]");
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (p.line() == 0 || p.distribution().isPresent() || methodological.contains(i)) {
        continue;
      }
      double relative = p.isAssumption() ? assumption : sourced;
      double value = p.base();
      ParameterDistribution d;
      if (probabilities.contains(i)) {
        if (value <= 0 || value >= 1) {
          continue;
        }
        d = ParameterDistribution.of("beta", value, relative * Math.min(value, 1 - value));
      } else if (value > 0) {
        d = ParameterDistribution.of("gamma", value, relative * value);
      } else if (value < 0) {
        d = ParameterDistribution.of("normal", value, -relative * value);
      } else {
        continue;
      }
      boolean ranged = p.low() != value || p.high() != value;
      parameters.set(
          i,
          new Parameter(
              p.name(),
              value,
              p.source(),
              Optional.of(d),
              ranged ? p.low() : d.quantile(0.025),
              ranged ? p.high() : d.quantile(0.975),
              p.line(),
              "default for %s: %s, sd %.0f%% of %s"
                  .formatted(
                      p.isAssumption() ? "assumptions" : "sourced figures",
                      d.type(),
                      100 * relative,
                      probabilities.contains(i) ? "the distance to 0 or 1" : "the value")));
    }
  }

  /** Inputs that are choices of method (discounting, the threshold): never drawn in the PSA. */
  static boolean methodological(ModelSpec spec, int index) {
    return index == spec.costDiscount().index()
        || index == spec.effectDiscount().index()
        || index == spec.willingnessToPay().index();
  }

  private void unitCosts(YamlNode name) {
    for (Map.Entry<String, YamlNode> e : UnitCosts.named(name).fields().entrySet()) {
      named.put(e.getKey(), num(e.getValue(), ""));
    }
  }

  private static String armName(YamlNode node, Set<String> armNames) {
    String name = node.text();
    if (!armNames.contains(name)) {
      throw node.error("names no arm; arms are " + armNames);
    }
    return name;
  }

  private ModelSpec.Arm arm(YamlNode arm, String inherited) {
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
    String source = arm.field("source").map(YamlNode::text).orElse(inherited);
    String name = arm.required("name").text();
    ModelSpec.Cohort cohort;
    List<String> states;
    if (arm.field("survival").isPresent() == arm.field("markov").isPresent()) {
      throw arm.error("needs exactly one of survival (partitioned survival) or markov");
    }
    if (arm.field("survival").isPresent()) {
      YamlNode survival = arm.required("survival").allowOnly(Set.of("pfs", "os", "source"));
      String s = survival.field("source").map(YamlNode::text).orElse(source);
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
    YamlNode utilityNode = arm.required("utilities");
    String utilitySource = utilityNode.field("source").map(YamlNode::text).orElse(source);
    for (Map.Entry<String, YamlNode> e : utilityNode.fields().entrySet()) {
      if (e.getKey().equals("source")) {
        continue;
      }
      state(e.getValue(), e.getKey(), states);
      utilities.add(new ModelSpec.StateValue(e.getKey(), num(e.getValue(), utilitySource)));
    }
    List<ModelSpec.StateCost> stateCosts = new ArrayList<>();
    for (YamlNode item : arm.field("stateCosts").map(YamlNode::items).orElse(List.of())) {
      item.allowOnly(
          Set.of("state", "item", "category", "perMonth", "untilYears", "covered", "source"));
      String s = item.field("source").map(YamlNode::text).orElse(source);
      String state = item.required("state").text();
      state(item.required("state"), state, states);
      stateCosts.add(
          new ModelSpec.StateCost(
              state,
              item.required("item").text(),
              category(item.required("category")),
              num(item.required("perMonth"), s),
              item.field("untilYears").map(YamlNode::number).orElse(Double.POSITIVE_INFINITY),
              item.field("covered").map(YamlNode::bool).orElse(true)));
    }
    Num terminal =
        arm.field("terminalCare")
            .map(n -> num(n, source))
            .orElseGet(() -> constant(arm.path() + ".terminalCare", 0));
    List<ModelSpec.PathwayItem> pathway = new ArrayList<>();
    for (YamlNode item : arm.field("pathway").map(YamlNode::items).orElse(List.of())) {
      pathway.add(pathwayItem(item, source));
    }
    Optional<ModelSpec.HospitalStay> stay =
        arm.field("hospitalStay").map(n -> hospitalStay(n, source));
    List<ModelSpec.AdverseEvent> events = new ArrayList<>();
    for (YamlNode event : arm.field("adverseEvents").map(YamlNode::items).orElse(List.of())) {
      event.allowOnly(Set.of("name", "probability", "cost", "qalyLoss", "source"));
      String s = event.field("source").map(YamlNode::text).orElse(source);
      events.add(
          new ModelSpec.AdverseEvent(
              event.required("name").text(),
              probability(event.required("probability"), s),
              num(event.required("cost"), s),
              event
                  .field("qalyLoss")
                  .map(n -> num(n, s))
                  .orElseGet(() -> constant(event.path() + ".qalyLoss", 0))));
    }
    return new ModelSpec.Arm(
        name,
        arm.field("label").map(YamlNode::text).orElse(name),
        cohort,
        utilities,
        stateCosts,
        terminal,
        pathway,
        stay,
        events,
        arm.field("refundable").map(YamlNode::bool).orElse(false));
  }

  private static void state(YamlNode node, String state, List<String> states) {
    if (!states.contains(state) || state.equals("dead")) {
      throw node.error("names no living state; states are " + states.subList(0, states.size() - 1));
    }
  }

  private ModelSpec.Curve curve(YamlNode node, String inherited) {
    String source = node.field("source").map(YamlNode::text).orElse(inherited);
    String family = node.required("distribution").text();
    if (family.equals("mixture-cure")) {
      node.allowOnly(Set.of("distribution", "cureFraction", "uncured", "source"));
      return new ModelSpec.Cure(
          probability(node.required("cureFraction"), source),
          curve(node.required("uncured"), source));
    }
    if (!FAMILIES.contains(family)) {
      throw node.required("distribution")
          .error(
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
      values.add(num(node.required(n), source));
    }
    double unitsPerYear =
        switch (node.field("unit").map(YamlNode::text).orElse("years")) {
          case "years" -> 1;
          case "months" -> 12;
          case "weeks" -> 365.25 / 7;
          case "days" -> 365.25;
          default -> throw node.required("unit").error("must be years, months, weeks or days");
        };
    return new ModelSpec.Parametric(family, values, unitsPerYear);
  }

  private ModelSpec.Markov markov(YamlNode node, String inherited) {
    node.allowOnly(Set.of("states", "start", "transitions", "source"));
    String source = node.field("source").map(YamlNode::text).orElse(inherited);
    List<String> states = new ArrayList<>();
    node.required("states").items().forEach(i -> states.add(i.text()));
    if (states.size() < 2 || !states.get(states.size() - 1).equals("dead")) {
      throw node.required("states").error("needs at least two states, the last one \"dead\"");
    }
    int n = states.size();
    Num[][] transitions = new Num[n][n];
    YamlNode rows = node.required("transitions");
    for (Map.Entry<String, YamlNode> row : rows.fields().entrySet()) {
      int from = states.indexOf(row.getKey());
      if (from < 0) {
        throw row.getValue().error("names no state; states are " + states);
      }
      for (Map.Entry<String, YamlNode> cell : row.getValue().fields().entrySet()) {
        int to = states.indexOf(cell.getKey());
        if (to < 0) {
          throw cell.getValue().error("names no state; states are " + states);
        }
        if (to == from) {
          throw cell.getValue().error("staying is the remainder of the row; leave it out");
        }
        transitions[from][to] = probability(cell.getValue(), source);
      }
    }
    double[] start = new double[n];
    String first = node.field("start").map(YamlNode::text).orElse(states.get(0));
    if (!states.contains(first)) {
      throw node.required("start").error("names no state; states are " + states);
    }
    start[states.indexOf(first)] = 1;
    return new ModelSpec.Markov(List.copyOf(states), transitions, start);
  }

  private ModelSpec.PathwayItem pathwayItem(YamlNode item, String inherited) {
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
    String source = item.field("source").map(YamlNode::text).orElse(inherited);
    String path = item.path();
    return new ModelSpec.PathwayItem(
        item.required("item").text(),
        category(item.required("category")),
        num(item.required("cost"), source),
        item.field("quantity")
            .map(n -> num(n, source))
            .orElseGet(() -> constant(path + ".quantity", 1)),
        item.field("probability")
            .map(n -> probability(n, source))
            .orElseGet(() -> constant(path + ".probability", 1)),
        item.field("covered").map(YamlNode::bool).orElse(true),
        item.field("beforeInfusion").map(YamlNode::bool).orElse(false),
        item.field("ifNotInfused")
            .map(n -> probability(n, source))
            .orElseGet(() -> constant(path + ".ifNotInfused", 0)),
        item.field("refundable").map(YamlNode::bool).orElse(false));
  }

  private ModelSpec.HospitalStay hospitalStay(YamlNode node, String inherited) {
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
    String source = node.field("source").map(YamlNode::text).orElse(inherited);
    // Only the outpatient-infusion fields may be left out (0: an inpatient-only pathway).
    String path = node.path();
    return new ModelSpec.HospitalStay(
        probability(node.required("outpatientShare"), source),
        num(node.required("inpatientDays"), source),
        node.field("laterAdmission")
            .map(n -> probability(n, source))
            .orElseGet(() -> constant(path + ".laterAdmission", 0)),
        node.field("admittedOutpatientDays")
            .map(n -> num(n, source))
            .orElseGet(() -> constant(path + ".admittedOutpatientDays", 0)),
        node.field("outpatientVisits")
            .map(n -> num(n, source))
            .orElseGet(() -> constant(path + ".outpatientVisits", 0)),
        num(node.required("costPerDay"), source),
        node.field("costPerVisit")
            .map(n -> num(n, source))
            .orElseGet(() -> constant(path + ".costPerVisit", 0)));
  }

  private ModelSpec.PayerRules payer(YamlNode node, String inherited) {
    node.allowOnly(
        Set.of(
            "rules",
            "coPaymentRate",
            "incomeDecile",
            "ceilings",
            "refund",
            "expenditureCap",
            "source"));
    String source = node.field("source").map(YamlNode::text).orElse(inherited);
    if (!node.required("rules").text().equals("korea")) {
      throw node.required("rules").error("only the korea rules are known");
    }
    Num rate = probability(node.required("coPaymentRate"), source);
    int decile = node.field("incomeDecile").map(YamlNode::integer).orElse(10);
    if (decile < 1 || decile > 10) {
      throw node.required("incomeDecile").error("must be 1..10");
    }
    List<CostSharing.Ceiling> ceilings = new ArrayList<>();
    YamlNode ceilingNode = node.field("ceilings").orElseGet(() -> KoreanCeilings.defaults());
    for (YamlNode c : ceilingNode.required("brackets").items()) {
      c.allowOnly(Set.of("fromDecile", "toDecile", "amount"));
      ceilings.add(
          new CostSharing.Ceiling(
              c.required("fromDecile").integer(),
              c.required("toDecile").integer(),
              c.required("amount").number()));
    }
    CostSharing sharing;
    try {
      sharing = new CostSharing(parameters.get(rate.index()).base(), ceilings);
    } catch (IllegalArgumentException e) {
      throw ceilingNode.error(e.getMessage());
    }
    YamlNode refund =
        node.required("refund")
            .allowOnly(
                Set.of(
                    "nonResponseAt6Months",
                    "lossOfResponseBy12Months",
                    "shareAt6Months",
                    "shareAt12Months",
                    "source"));
    String refundSource = refund.field("source").map(YamlNode::text).orElse(source);
    YamlNode cap =
        node.required("expenditureCap").allowOnly(Set.of("yearly", "excessRefundShare", "source"));
    String capSource = cap.field("source").map(YamlNode::text).orElse(source);
    return new ModelSpec.PayerRules(
        sharing,
        decile,
        rate,
        new ModelSpec.Refund(
            probability(refund.required("nonResponseAt6Months"), refundSource),
            probability(refund.required("lossOfResponseBy12Months"), refundSource),
            probability(refund.required("shareAt6Months"), refundSource),
            probability(refund.required("shareAt12Months"), refundSource)),
        new ModelSpec.Cap(
            num(cap.required("yearly"), capSource),
            probability(cap.required("excessRefundShare"), capSource)));
  }

  private ModelSpec.IntentionToTreat itt(
      YamlNode node, String inherited, Set<String> arms, Optional<YamlNode> simulation) {
    node.allowOnly(
        Set.of(
            "arm",
            "fractionInfused",
            "veinToVeinDays",
            "dropoutHazardPerDay",
            "manufacturingFailure",
            "deathShareOfDropout",
            "waitOutcomeLink",
            "simulation",
            "source"));
    String source = node.field("source").map(YamlNode::text).orElse(inherited);
    Optional<String> dir = node.field("simulation").or(() -> simulation).map(YamlNode::text);
    String path = node.path();
    Num hazardRatio;
    Num referenceWait;
    if (node.field("waitOutcomeLink").isPresent()) {
      YamlNode link =
          node.required("waitOutcomeLink")
              .allowOnly(Set.of("hazardRatioPer30Days", "referenceWaitDays", "source"));
      String linkSource = link.field("source").map(YamlNode::text).orElse(source);
      hazardRatio = num(link.required("hazardRatioPer30Days"), linkSource);
      if (!(parameters.get(hazardRatio.index()).base() > 0)) {
        throw link.required("hazardRatioPer30Days").error("must be a positive hazard ratio");
      }
      referenceWait = num(link.required("referenceWaitDays"), linkSource);
    } else {
      hazardRatio = constant(path + ".waitOutcomeLink.hazardRatioPer30Days", 1);
      referenceWait = constant(path + ".waitOutcomeLink.referenceWaitDays", 0);
    }
    return new ModelSpec.IntentionToTreat(
        armName(node.required("arm"), arms),
        node.field("fractionInfused").map(n -> probability(n, source)),
        num(node.required("veinToVeinDays"), source),
        num(node.required("dropoutHazardPerDay"), source),
        probability(node.required("manufacturingFailure"), source),
        dir,
        node.field("deathShareOfDropout")
            .map(n -> probability(n, source))
            .orElseGet(() -> constant(path + ".deathShareOfDropout", 0)),
        hazardRatio,
        referenceWait);
  }

  private ModelSpec.Budget budget(YamlNode node, String inherited) {
    node.allowOnly(Set.of("patientsPerYear", "years", "source"));
    String source = node.field("source").map(YamlNode::text).orElse(inherited);
    int years = node.field("years").map(YamlNode::integer).orElse(5);
    if (years < 1 || years > 20) {
      throw node.required("years").error("must be 1..20");
    }
    List<Num> patients = new ArrayList<>();
    YamlNode p = node.required("patientsPerYear");
    if (p.isSequence()) {
      for (YamlNode y : p.items()) {
        patients.add(num(y, source));
      }
    } else {
      Num each = num(p, source);
      for (int y = 0; y < years; y++) {
        patients.add(each);
      }
    }
    if (patients.size() != years) {
      throw p.error("needs one number per year (" + years + ")");
    }
    String patientsSource =
        source.isBlank() ? parameters.get(patients.get(0).index()).source() : source;
    return new ModelSpec.Budget(patients, years, patientsSource);
  }

  private static CostCategory category(YamlNode node) {
    try {
      return CostCategory.fromKey(node.text());
    } catch (IllegalArgumentException e) {
      throw node.error(
          "unknown category "
              + node.text()
              + "; use one of "
              + java.util.Arrays.stream(CostCategory.values()).map(CostCategory::key).toList());
    }
  }

  private Num probability(YamlNode node, String inherited) {
    Num num = num(node, inherited);
    Parameter p = parameters.get(num.index());
    if (p.base() < 0 || p.base() > 1) {
      throw node.error("must be a probability between 0 and 1, was " + p.base());
    }
    probabilities.add(num.index());
    return num;
  }

  private Num constant(String name, double value) {
    return add(
        new Parameter(name, value, "structural default", Optional.empty(), value, value, 0, ""));
  }

  private Num num(YamlNode node, String inherited) {
    if (node.isScalar()) {
      double value = node.number();
      return add(
          new Parameter(
              node.path(),
              value,
              inherited.isBlank() ? "unsourced" : inherited,
              Optional.empty(),
              value,
              value,
              node.line(),
              ""));
    }
    if (node.field("ref").isPresent()) {
      node.allowOnly(Set.of("ref"));
      String ref = node.required("ref").text();
      Num shared = named.get(ref);
      if (shared == null) {
        throw node.required("ref")
            .error(
                "names no entry of the parameters block; known: "
                    + named.keySet().stream().sorted().toList());
      }
      return shared;
    }
    node.allowOnly(Set.of("value", "source", "distribution", "sd", "low", "high", "note"));
    double value = node.required("value").number();
    String source =
        node.field("source")
            .map(YamlNode::text)
            .orElse(inherited.isBlank() ? "unsourced" : inherited);
    Optional<ParameterDistribution> distribution = Optional.empty();
    if (node.field("distribution").map(YamlNode::text).orElse("").equals("uniform")) {
      try {
        distribution =
            Optional.of(
                ParameterDistribution.uniform(
                    node.required("low").number(), node.required("high").number()));
      } catch (IllegalArgumentException e) {
        throw node.required("distribution").error(e.getMessage());
      }
    } else if (node.field("distribution").isPresent()) {
      try {
        distribution =
            Optional.of(
                ParameterDistribution.of(
                    node.required("distribution").text(), value, node.required("sd").number()));
      } catch (IllegalArgumentException e) {
        throw node.required("distribution").error(e.getMessage());
      }
    }
    double low =
        node.field("low")
            .map(YamlNode::number)
            .orElse(distribution.map(d -> d.quantile(0.025)).orElse(value));
    double high =
        node.field("high")
            .map(YamlNode::number)
            .orElse(distribution.map(d -> d.quantile(0.975)).orElse(value));
    return add(
        new Parameter(
            node.path(),
            value,
            source,
            distribution,
            low,
            high,
            node.line(),
            distribution.isPresent() ? Parameter.STATED : ""));
  }

  private Num add(Parameter parameter) {
    if (!names.add(parameter.name())) {
      throw new ModelLoadException("model", parameter.line(), parameter.name(), "defined twice");
    }
    parameters.add(parameter);
    return new Num(parameters.size() - 1);
  }

  static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
