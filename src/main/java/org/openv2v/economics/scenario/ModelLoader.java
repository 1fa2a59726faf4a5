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
import org.openv2v.economics.model.CostSharing;
import org.openv2v.economics.model.LifeTable;
import org.openv2v.shared.yaml.YamlField;

/**
 * Reads a model file (docs/economics.md describes the format). A number may be written plainly, in
 * which case it takes the nearest enclosing {@code source}, or as {@code {value, source,
 * distribution, sd, low, high}}.
 */
public final class ModelLoader {

  private final ModelParameters parameters = new ModelParameters();
  private final ArmReader armReader = new ArmReader(parameters);

  private ModelLoader() {}

  /** Loads a model from its text; {@code origin} names it in errors (a file name). */
  public static ModelSpec load(String text, String origin) {
    return new ModelLoader()
        .model(YamlField.parse(text, origin, "model file", ModelLoadException::new));
  }

  private ModelSpec model(YamlField root) {
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
    String source = ModelParameters.sourceOf(root, "");
    // Shared unit costs (economics/data), each a {ref: key} like the parameters block's entries.
    root.field("unitCosts").ifPresent(this::unitCosts);
    if (root.field("parameters").isPresent()) {
      YamlField shared = root.required("parameters");
      String sharedSource = ModelParameters.sourceOf(shared, source);
      for (Map.Entry<String, YamlField> e : shared.fields().entrySet()) {
        if (!e.getKey().equals("source")) {
          parameters.name(e.getKey(), parameters.num(e.getValue(), sharedSource));
        }
      }
    }
    String name = root.required("name").text();
    double horizon = root.required("horizonYears").number();
    if (!(horizon > 0 && horizon <= 100)) {
      throw root.required("horizonYears").problem("must be between 0 and 100 years");
    }
    int cyclesPerYear = root.field("cyclesPerYear").map(YamlField::whole).orElse(12);
    if (cyclesPerYear < 1 || cyclesPerYear > 365) {
      throw root.required("cyclesPerYear").problem("must be 1..365 (12 = monthly)");
    }
    YamlField discount = root.required("discount").allowOnly(Set.of("costs", "effects", "source"));
    String discountSource = ModelParameters.sourceOf(discount, source);
    Num costRate = parameters.num(discount.required("costs"), discountSource);
    Num effectRate = parameters.num(discount.required("effects"), discountSource);
    parameters.methodological(costRate);
    parameters.methodological(effectRate);
    YamlField population =
        root.required("population")
            .allowOnly(Set.of("startAge", "maleShare", "lifeTable", "source"));
    String populationSource = ModelParameters.sourceOf(population, source);
    Num startAge = parameters.num(population.required("startAge"), populationSource);
    Num maleShare = parameters.probability(population.required("maleShare"), populationSource);
    LifeTable lifeTable = LifeTables.named(population.required("lifeTable"));
    Num wtp = parameters.num(root.required("willingnessToPay"), source);
    parameters.methodological(wtp);
    double wtpMax =
        root.field("willingnessToPayMax")
            .map(YamlField::number)
            .orElse(3 * parameters.get(wtp.index()).base());
    List<ModelSpec.Arm> arms = new ArrayList<>();
    Set<String> armNames = new HashSet<>();
    for (YamlField arm : root.required("arms").items()) {
      ModelSpec.Arm loaded = armReader.arm(arm, source);
      if (!armNames.add(loaded.name())) {
        throw arm.problem("two arms are named " + loaded.name());
      }
      arms.add(loaded);
    }
    if (arms.size() < 2) {
      throw root.required("arms").problem("needs at least two arms");
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
      throw root.required("simulation").problem("needs an intentionToTreat block naming the arm");
    }
    ModelSpec.Budget budget =
        root.field("budget")
            .map(n -> budget(n, source))
            .orElse(new ModelSpec.Budget(List.of(), 5, ""));
    root.field("uncertainty").ifPresent(parameters::defaultSpreads);
    List<String> calibration = new ArrayList<>();
    root.field("calibration").ifPresent(c -> c.items().forEach(i -> calibration.add(i.text())));
    return new ModelSpec(
        name,
        root.field("title").map(YamlField::text).orElse(name),
        root.field("description").map(YamlField::text).orElse(""),
        root.required("currency").text(),
        horizon,
        cyclesPerYear,
        root.field("halfCycleCorrection").map(YamlField::bool).orElse(true),
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
        parameters.all(),
        calibration);
  }

  /** Inputs that are choices of method (discounting, the threshold): never drawn in the PSA. */
  static boolean methodological(ModelSpec spec, int index) {
    return index == spec.costDiscount().index()
        || index == spec.effectDiscount().index()
        || index == spec.willingnessToPay().index();
  }

  private void unitCosts(YamlField name) {
    for (Map.Entry<String, YamlField> e : UnitCosts.named(name).fields().entrySet()) {
      parameters.name(e.getKey(), parameters.num(e.getValue(), ""));
    }
  }

  private static String armName(YamlField node, Set<String> armNames) {
    String name = node.text();
    if (!armNames.contains(name)) {
      throw node.problem("names no arm; arms are " + armNames);
    }
    return name;
  }

  private ModelSpec.PayerRules payer(YamlField node, String inherited) {
    node.allowOnly(
        Set.of(
            "rules",
            "coPaymentRate",
            "incomeDecile",
            "ceilings",
            "refund",
            "expenditureCap",
            "source"));
    String source = ModelParameters.sourceOf(node, inherited);
    if (!node.required("rules").text().equals("korea")) {
      throw node.required("rules").problem("only the korea rules are known");
    }
    Num rate = parameters.probability(node.required("coPaymentRate"), source);
    int decile = node.field("incomeDecile").map(YamlField::whole).orElse(10);
    if (decile < 1 || decile > 10) {
      throw node.required("incomeDecile").problem("must be 1..10");
    }
    List<CostSharing.Ceiling> ceilings = new ArrayList<>();
    YamlField ceilingNode = node.field("ceilings").orElseGet(() -> KoreanCeilings.defaults());
    for (YamlField c : ceilingNode.required("brackets").items()) {
      c.allowOnly(Set.of("fromDecile", "toDecile", "amount"));
      ceilings.add(
          new CostSharing.Ceiling(
              c.required("fromDecile").whole(),
              c.required("toDecile").whole(),
              c.required("amount").number()));
    }
    CostSharing sharing;
    try {
      sharing = new CostSharing(parameters.get(rate.index()).base(), ceilings);
    } catch (IllegalArgumentException e) {
      throw ceilingNode.problem(e.getMessage());
    }
    YamlField refund =
        node.required("refund")
            .allowOnly(
                Set.of(
                    "nonResponseAt6Months",
                    "lossOfResponseBy12Months",
                    "shareAt6Months",
                    "shareAt12Months",
                    "source"));
    String refundSource = ModelParameters.sourceOf(refund, source);
    YamlField cap =
        node.required("expenditureCap").allowOnly(Set.of("yearly", "excessRefundShare", "source"));
    String capSource = ModelParameters.sourceOf(cap, source);
    return new ModelSpec.PayerRules(
        sharing,
        decile,
        rate,
        new ModelSpec.Refund(
            parameters.probability(refund.required("nonResponseAt6Months"), refundSource),
            parameters.probability(refund.required("lossOfResponseBy12Months"), refundSource),
            parameters.probability(refund.required("shareAt6Months"), refundSource),
            parameters.probability(refund.required("shareAt12Months"), refundSource)),
        new ModelSpec.Cap(
            parameters.num(cap.required("yearly"), capSource),
            parameters.probability(cap.required("excessRefundShare"), capSource)));
  }

  private ModelSpec.IntentionToTreat itt(
      YamlField node, String inherited, Set<String> arms, Optional<YamlField> simulation) {
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
    String source = ModelParameters.sourceOf(node, inherited);
    Optional<String> dir = node.field("simulation").or(() -> simulation).map(YamlField::text);
    String path = node.path();
    Num hazardRatio;
    Num referenceWait;
    if (node.field("waitOutcomeLink").isPresent()) {
      YamlField link =
          node.required("waitOutcomeLink")
              .allowOnly(Set.of("hazardRatioPer30Days", "referenceWaitDays", "source"));
      String linkSource = ModelParameters.sourceOf(link, source);
      hazardRatio = parameters.num(link.required("hazardRatioPer30Days"), linkSource);
      if (!(parameters.get(hazardRatio.index()).base() > 0)) {
        throw link.required("hazardRatioPer30Days").problem("must be a positive hazard ratio");
      }
      referenceWait = parameters.num(link.required("referenceWaitDays"), linkSource);
    } else {
      hazardRatio = parameters.constant(path + ".waitOutcomeLink.hazardRatioPer30Days", 1);
      referenceWait = parameters.constant(path + ".waitOutcomeLink.referenceWaitDays", 0);
    }
    return new ModelSpec.IntentionToTreat(
        armName(node.required("arm"), arms),
        node.field("fractionInfused").map(n -> parameters.probability(n, source)),
        parameters.num(node.required("veinToVeinDays"), source),
        parameters.num(node.required("dropoutHazardPerDay"), source),
        parameters.probability(node.required("manufacturingFailure"), source),
        dir,
        node.field("deathShareOfDropout")
            .map(n -> parameters.probability(n, source))
            .orElseGet(() -> parameters.constant(path + ".deathShareOfDropout", 0)),
        hazardRatio,
        referenceWait);
  }

  private ModelSpec.Budget budget(YamlField node, String inherited) {
    node.allowOnly(Set.of("patientsPerYear", "years", "source"));
    String source = ModelParameters.sourceOf(node, inherited);
    int years = node.field("years").map(YamlField::whole).orElse(5);
    if (years < 1 || years > 20) {
      throw node.required("years").problem("must be 1..20");
    }
    List<Num> patients = new ArrayList<>();
    YamlField p = node.required("patientsPerYear");
    if (p.isSequence()) {
      for (YamlField y : p.items()) {
        patients.add(parameters.num(y, source));
      }
    } else {
      Num each = parameters.num(p, source);
      for (int y = 0; y < years; y++) {
        patients.add(each);
      }
    }
    if (patients.size() != years) {
      throw p.problem("needs one number per year (" + years + ")");
    }
    String patientsSource =
        source.isBlank() ? parameters.get(patients.get(0).index()).source() : source;
    return new ModelSpec.Budget(patients, years, patientsSource);
  }

  static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
