package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openv2v.shared.yaml.YamlField;
import org.openv2v.simulation.engine.Distribution;

/**
 * Reads a scenario file (YAML) and checks it against the platform's reference data, naming the line
 * and field of the first problem. The format is described in docs/simulation.md.
 */
public final class ScenarioReader {

  private static final Set<String> TOP =
      Set.of(
          "name",
          "description",
          "product",
          "warmupDays",
          "regions",
          "centres",
          "arrivals",
          "hazards",
          "referral",
          "eligibility",
          "payer",
          "apheresis",
          "manufacturing",
          "infusion",
          "population",
          "trial");

  private final Vocabulary vocabulary;

  public ScenarioReader(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public NetworkScenario read(String fileName, String text) {
    YamlField top = YamlField.parse(text, fileName, "scenario", ScenarioException::at);
    top.allowOnly(TOP);

    String name = top.required("name").nonEmptyText();
    String description = top.field("description").map(YamlField::nonEmptyText).orElse("");
    YamlField productField = top.required("product");
    String product = productField.nonEmptyText();
    Set<String> indications = vocabulary.indicationsByProduct().get(product);
    if (indications == null) {
      throw productField.problem(
          "'" + product + "' is not a product code of reference/products.json");
    }
    int warmupDays = top.field("warmupDays").map(YamlField::nonNegativeWhole).orElse(365);

    Map<String, NetworkScenario.Region> regions = regions(top.required("regions"));
    List<NetworkScenario.Centre> centres = centres(top.required("centres"));
    List<NetworkScenario.Arrivals> arrivals =
        arrivals(top.required("arrivals"), regions, indications);
    IndicationDefaults defaults = IndicationDefaults.get();
    Map<String, NetworkScenario.Hazards> hazards =
        top.field("hazards").map(this::hazards).orElseGet(HashMap::new);
    Map<String, NetworkScenario.Population> population =
        top.field("population").map(p -> population(p, indications)).orElseGet(HashMap::new);
    for (int i = 0; i < arrivals.size(); i++) {
      String indication = arrivals.get(i).indication();
      if (!hazards.containsKey(indication)) {
        NetworkScenario.Hazards fallback = defaults.hazards(indication);
        if (fallback == null) {
          throw indicationOf(top.required("arrivals"), i)
              .problem("needs a hazards entry for " + indication + " (it has no default)");
        }
        hazards.put(indication, fallback);
      }
      if (!population.containsKey(indication)) {
        NetworkScenario.Population fallback = defaults.population(indication);
        if (fallback == null) {
          throw indicationOf(top.required("arrivals"), i)
              .problem("needs a population entry for " + indication + " (it has no default)");
        }
        population.put(indication, fallback);
      }
    }
    NetworkScenario.Trial trial = top.field("trial").map(ScenarioReader::trial).orElse(null);
    NetworkScenario.Pathway pathway = pathway(top);
    NetworkScenario.Manufacturing manufacturing =
        manufacturing(top.required("manufacturing"), product);
    NetworkScenario.Infusion infusion = infusion(top.required("infusion"));
    return new NetworkScenario(
        name,
        description,
        product,
        warmupDays,
        List.copyOf(regions.values()),
        centres,
        arrivals,
        hazards,
        pathway,
        manufacturing,
        infusion,
        population,
        trial,
        ScenarioInputs.of(text, top));
  }

  private Map<String, NetworkScenario.Region> regions(YamlField field) {
    Map<String, NetworkScenario.Region> regions = new LinkedHashMap<>();
    for (YamlField item : field.items()) {
      item.allowOnly(Set.of("name", "travelDays"));
      String name = item.required("name").nonEmptyText();
      double travel = item.field("travelDays").map(YamlField::nonNegative).orElse(0.0);
      if (regions.put(name, new NetworkScenario.Region(name, travel)) != null) {
        throw item.problem("names region " + name + " twice");
      }
    }
    if (regions.isEmpty()) {
      throw field.problem("needs at least one region");
    }
    return regions;
  }

  private List<NetworkScenario.Centre> centres(YamlField field) {
    List<NetworkScenario.Centre> centres = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlField item : field.items()) {
      item.allowOnly(Set.of("site", "apheresisChairs", "beds"));
      YamlField siteField = item.required("site");
      String siteId = siteField.nonEmptyText();
      Vocabulary.Site site = vocabulary.sites().get(siteId);
      if (site == null) {
        throw siteField.problem("'" + siteId + "' is not a site of reference/korea-network.json");
      }
      if (!site.type().equals("TREATMENT_CENTRE")) {
        throw siteField.problem(
            "'" + siteId + "' is a " + site.type() + ", not a TREATMENT_CENTRE");
      }
      if (!seen.add(siteId)) {
        throw siteField.problem("'" + siteId + "' is listed twice");
      }
      centres.add(
          new NetworkScenario.Centre(
              siteId,
              site.region(),
              item.required("apheresisChairs").positiveWhole(),
              item.required("beds").positiveWhole()));
    }
    if (centres.isEmpty()) {
      throw field.problem("needs at least one centre");
    }
    return centres;
  }

  private List<NetworkScenario.Arrivals> arrivals(
      YamlField field, Map<String, NetworkScenario.Region> regions, Set<String> indications) {
    List<NetworkScenario.Arrivals> arrivals = new ArrayList<>();
    for (YamlField item : field.items()) {
      item.allowOnly(Set.of("indication", "region", "perYear"));
      YamlField indicationField = item.required("indication");
      String indication = indicationField.nonEmptyText();
      if (!indications.contains(indication)) {
        throw indicationField.problem(
            "'" + indication + "' is not an indication of the product (" + indications + ")");
      }
      YamlField regionField = item.required("region");
      String region = regionField.nonEmptyText();
      if (!regions.containsKey(region)) {
        throw regionField.problem("'" + region + "' is not one of the regions listed");
      }
      arrivals.add(
          new NetworkScenario.Arrivals(indication, region, item.required("perYear").positive()));
    }
    if (arrivals.isEmpty()) {
      throw field.problem("needs at least one stream of referrals");
    }
    return arrivals;
  }

  private static YamlField indicationOf(YamlField arrivals, int index) {
    YamlField item = arrivals.items().get(index);
    return item.fields().get("indication");
  }

  private Map<String, NetworkScenario.Hazards> hazards(YamlField field) {
    Map<String, NetworkScenario.Hazards> hazards = new HashMap<>();
    for (Map.Entry<String, YamlField> entry : field.fields().entrySet()) {
      hazards.put(entry.getKey(), hazard(entry.getValue()));
    }
    return hazards;
  }

  static NetworkScenario.Hazards hazard(YamlField item) {
    item.allowOnly(Set.of("progressionPerDay", "deathPerDay", "afterApheresis"));
    return new NetworkScenario.Hazards(
        item.required("progressionPerDay").nonNegative(),
        item.required("deathPerDay").nonNegative(),
        item.field("afterApheresis").map(YamlField::nonNegative).orElse(1.0));
  }

  private Map<String, NetworkScenario.Population> population(
      YamlField field, Set<String> indications) {
    Map<String, NetworkScenario.Population> population = new HashMap<>();
    for (Map.Entry<String, YamlField> entry : field.fields().entrySet()) {
      if (!indications.contains(entry.getKey())) {
        throw entry
            .getValue()
            .problem("'" + entry.getKey() + "' is not an indication of the product " + indications);
      }
      population.put(entry.getKey(), population(entry.getValue()));
    }
    return population;
  }

  /** Age at referral as median, minimum and maximum in years, and the fraction of women. */
  static NetworkScenario.Population population(YamlField item) {
    item.allowOnly(Set.of("medianAge", "minAge", "maxAge", "femaleFraction"));
    double median = item.required("medianAge").nonNegative();
    double min = item.required("minAge").nonNegative();
    double max = item.required("maxAge").nonNegative();
    if (!(min <= median && median <= max && max <= 120)) {
      throw item.problem("needs minAge <= medianAge <= maxAge <= 120");
    }
    return new NetworkScenario.Population(
        median, min, max, item.required("femaleFraction").fraction());
  }

  private static NetworkScenario.Trial trial(YamlField field) {
    field.allowOnly(
        Set.of("name", "enrolled", "notInfused", "manufacturingFailures", "use", "source"));
    int enrolled = field.required("enrolled").positiveWhole();
    YamlField notInfusedField = field.required("notInfused");
    int notInfused = notInfusedField.nonNegativeWhole();
    if (notInfused > enrolled) {
      throw notInfusedField.problem("must not exceed enrolled");
    }
    // Optional: not every trial reports its manufacturing failures (-1 = not reported).
    int failures = -1;
    if (field.field("manufacturingFailures").isPresent()) {
      YamlField failuresField = field.required("manufacturingFailures");
      failures = failuresField.nonNegativeWhole();
      if (failures > notInfused) {
        throw failuresField.problem("must not exceed notInfused");
      }
    }
    YamlField useField = field.required("use");
    String use = useField.nonEmptyText();
    if (!use.equals("calibration") && !use.equals("validation")) {
      throw useField.problem("must be calibration or validation");
    }
    return new NetworkScenario.Trial(
        field.required("name").nonEmptyText(),
        enrolled,
        notInfused,
        failures,
        use,
        field.required("source").nonEmptyText());
  }

  private NetworkScenario.Pathway pathway(YamlField top) {
    YamlField referral = top.required("referral");
    referral.allowOnly(Set.of("toConsultDays"));
    YamlField eligibility = top.required("eligibility");
    eligibility.allowOnly(Set.of("assessmentDays", "ineligibleFraction"));
    YamlField payer = top.required("payer");
    payer.allowOnly(Set.of("approvalDays", "refusalFraction"));
    YamlField apheresis = top.required("apheresis");
    apheresis.allowOnly(Set.of("sessionDays"));
    return new NetworkScenario.Pathway(
        Durations.of(referral.required("toConsultDays")),
        Durations.of(eligibility.required("assessmentDays")),
        eligibility.required("ineligibleFraction").fraction(),
        Durations.of(payer.required("approvalDays")),
        payer.required("refusalFraction").fraction(),
        positiveMean(apheresis.required("sessionDays")));
  }

  private NetworkScenario.Manufacturing manufacturing(YamlField field, String product) {
    field.allowOnly(
        Set.of(
            "site",
            "lane",
            "slotsPerWeek",
            "outboundDays",
            "turnaroundDays",
            "returnDays",
            "failureFraction",
            "onFailure"));
    YamlField siteField = field.required("site");
    String siteId = siteField.nonEmptyText();
    Vocabulary.Site site = vocabulary.sites().get(siteId);
    if (site == null || !site.type().equals("MANUFACTURING_FACILITY")) {
      throw siteField.problem(
          "'" + siteId + "' is not a manufacturing facility of reference/korea-network.json");
    }
    if (!site.manufactures().contains(product)) {
      throw siteField.problem("'" + siteId + "' does not manufacture " + product);
    }
    YamlField laneField = field.required("lane");
    String lane = laneField.nonEmptyText();
    if (!lane.equals("OVERSEAS") && !lane.equals("DOMESTIC")) {
      throw laneField.problem("must be OVERSEAS or DOMESTIC");
    }
    YamlField onFailure = field.required("onFailure");
    onFailure.allowOnly(Set.of("reApheresis", "outOfSpecification"));
    double reApheresis = onFailure.required("reApheresis").fraction();
    double outOfSpecification = onFailure.required("outOfSpecification").fraction();
    if (reApheresis + outOfSpecification > 1 + 1e-9) {
      throw onFailure.problem("reApheresis + outOfSpecification must not exceed 1");
    }
    return new NetworkScenario.Manufacturing(
        siteId,
        lane,
        field.required("slotsPerWeek").positiveWhole(),
        Durations.of(field.required("outboundDays")),
        positiveMean(field.required("turnaroundDays")),
        Durations.of(field.required("returnDays")),
        field.required("failureFraction").fraction(),
        reApheresis,
        outOfSpecification);
  }

  private NetworkScenario.Infusion infusion(YamlField field) {
    field.allowOnly(
        Set.of(
            "bridgingFraction",
            "lymphodepletionDays",
            "outpatientFraction",
            "inpatientStayDays",
            "outpatientAdmissionFraction",
            "outpatientStayDays"));
    return new NetworkScenario.Infusion(
        field.required("bridgingFraction").fraction(),
        Durations.of(field.required("lymphodepletionDays")),
        field.required("outpatientFraction").fraction(),
        positiveMean(field.required("inpatientStayDays")),
        field.required("outpatientAdmissionFraction").fraction(),
        positiveMean(field.required("outpatientStayDays")));
  }

  /** Durations that hold a resource must be positive on average, or the resource never frees. */
  private static Distribution positiveMean(YamlField field) {
    Distribution distribution = Durations.of(field);
    if (!(distribution.mean() > 0)) {
      throw field.problem("must be > 0 days on average");
    }
    return distribution;
  }
}
