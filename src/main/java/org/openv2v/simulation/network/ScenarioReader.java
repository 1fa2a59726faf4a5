package org.openv2v.simulation.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    YamlField top = YamlField.root(fileName, text);
    Map<String, YamlField> f = top.fields(TOP);

    String name = YamlField.required(f, "name", top).text();
    String description = f.containsKey("description") ? f.get("description").text() : "";
    YamlField productField = YamlField.required(f, "product", top);
    String product = productField.text();
    Set<String> indications = vocabulary.indicationsByProduct().get(product);
    if (indications == null) {
      throw productField.problem(
          "'" + product + "' is not a product code of reference/products.json");
    }
    int warmupDays = f.containsKey("warmupDays") ? f.get("warmupDays").nonNegativeWhole() : 365;

    Map<String, NetworkScenario.Region> regions = regions(YamlField.required(f, "regions", top));
    List<NetworkScenario.Centre> centres = centres(YamlField.required(f, "centres", top));
    List<NetworkScenario.Arrivals> arrivals =
        arrivals(YamlField.required(f, "arrivals", top), regions, indications);
    IndicationDefaults defaults = IndicationDefaults.get();
    Map<String, NetworkScenario.Hazards> hazards =
        f.containsKey("hazards") ? hazards(f.get("hazards")) : new HashMap<>();
    Map<String, NetworkScenario.Population> population =
        f.containsKey("population")
            ? population(f.get("population"), indications)
            : new HashMap<>();
    for (int i = 0; i < arrivals.size(); i++) {
      String indication = arrivals.get(i).indication();
      if (!hazards.containsKey(indication)) {
        NetworkScenario.Hazards fallback = defaults.hazards(indication);
        if (fallback == null) {
          throw indicationOf(f.get("arrivals"), i)
              .problem("needs a hazards entry for " + indication + " (it has no default)");
        }
        hazards.put(indication, fallback);
      }
      if (!population.containsKey(indication)) {
        NetworkScenario.Population fallback = defaults.population(indication);
        if (fallback == null) {
          throw indicationOf(f.get("arrivals"), i)
              .problem("needs a population entry for " + indication + " (it has no default)");
        }
        population.put(indication, fallback);
      }
    }
    NetworkScenario.Trial trial = f.containsKey("trial") ? trial(f.get("trial")) : null;
    NetworkScenario.Pathway pathway = pathway(f, top);
    NetworkScenario.Manufacturing manufacturing =
        manufacturing(YamlField.required(f, "manufacturing", top), product);
    NetworkScenario.Infusion infusion = infusion(YamlField.required(f, "infusion", top));
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
      Map<String, YamlField> f = item.fields(Set.of("name", "travelDays"));
      String name = YamlField.required(f, "name", item).text();
      double travel = f.containsKey("travelDays") ? f.get("travelDays").nonNegative() : 0;
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
      Map<String, YamlField> f = item.fields(Set.of("site", "apheresisChairs", "beds"));
      YamlField siteField = YamlField.required(f, "site", item);
      String siteId = siteField.text();
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
              YamlField.required(f, "apheresisChairs", item).positiveWhole(),
              YamlField.required(f, "beds", item).positiveWhole()));
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
      Map<String, YamlField> f = item.fields(Set.of("indication", "region", "perYear"));
      YamlField indicationField = YamlField.required(f, "indication", item);
      String indication = indicationField.text();
      if (!indications.contains(indication)) {
        throw indicationField.problem(
            "'" + indication + "' is not an indication of the product (" + indications + ")");
      }
      YamlField regionField = YamlField.required(f, "region", item);
      String region = regionField.text();
      if (!regions.containsKey(region)) {
        throw regionField.problem("'" + region + "' is not one of the regions listed");
      }
      arrivals.add(
          new NetworkScenario.Arrivals(
              indication, region, YamlField.required(f, "perYear", item).positive()));
    }
    if (arrivals.isEmpty()) {
      throw field.problem("needs at least one stream of referrals");
    }
    return arrivals;
  }

  private static YamlField indicationOf(YamlField arrivals, int index) {
    YamlField item = arrivals.items().get(index);
    return item.fields(null).get("indication");
  }

  private Map<String, NetworkScenario.Hazards> hazards(YamlField field) {
    Map<String, NetworkScenario.Hazards> hazards = new HashMap<>();
    for (Map.Entry<String, YamlField> entry : field.fields(null).entrySet()) {
      hazards.put(entry.getKey(), hazard(entry.getValue()));
    }
    return hazards;
  }

  static NetworkScenario.Hazards hazard(YamlField item) {
    Map<String, YamlField> f =
        item.fields(Set.of("progressionPerDay", "deathPerDay", "afterApheresis"));
    return new NetworkScenario.Hazards(
        YamlField.required(f, "progressionPerDay", item).nonNegative(),
        YamlField.required(f, "deathPerDay", item).nonNegative(),
        f.containsKey("afterApheresis") ? f.get("afterApheresis").nonNegative() : 1);
  }

  private Map<String, NetworkScenario.Population> population(
      YamlField field, Set<String> indications) {
    Map<String, NetworkScenario.Population> population = new HashMap<>();
    for (Map.Entry<String, YamlField> entry : field.fields(null).entrySet()) {
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
    Map<String, YamlField> f =
        item.fields(Set.of("medianAge", "minAge", "maxAge", "femaleFraction"));
    double median = YamlField.required(f, "medianAge", item).nonNegative();
    double min = YamlField.required(f, "minAge", item).nonNegative();
    double max = YamlField.required(f, "maxAge", item).nonNegative();
    if (!(min <= median && median <= max && max <= 120)) {
      throw item.problem("needs minAge <= medianAge <= maxAge <= 120");
    }
    return new NetworkScenario.Population(
        median, min, max, YamlField.required(f, "femaleFraction", item).fraction());
  }

  private static NetworkScenario.Trial trial(YamlField field) {
    Map<String, YamlField> f =
        field.fields(
            Set.of("name", "enrolled", "notInfused", "manufacturingFailures", "use", "source"));
    int enrolled = YamlField.required(f, "enrolled", field).positiveWhole();
    YamlField notInfusedField = YamlField.required(f, "notInfused", field);
    int notInfused = notInfusedField.nonNegativeWhole();
    if (notInfused > enrolled) {
      throw notInfusedField.problem("must not exceed enrolled");
    }
    // Optional: not every trial reports its manufacturing failures (-1 = not reported).
    int failures = -1;
    if (f.containsKey("manufacturingFailures")) {
      failures = f.get("manufacturingFailures").nonNegativeWhole();
      if (failures > notInfused) {
        throw f.get("manufacturingFailures").problem("must not exceed notInfused");
      }
    }
    YamlField useField = YamlField.required(f, "use", field);
    String use = useField.text();
    if (!use.equals("calibration") && !use.equals("validation")) {
      throw useField.problem("must be calibration or validation");
    }
    return new NetworkScenario.Trial(
        YamlField.required(f, "name", field).text(),
        enrolled,
        notInfused,
        failures,
        use,
        YamlField.required(f, "source", field).text());
  }

  private NetworkScenario.Pathway pathway(Map<String, YamlField> f, YamlField top) {
    YamlField referral = YamlField.required(f, "referral", top);
    Map<String, YamlField> r = referral.fields(Set.of("toConsultDays"));
    YamlField eligibility = YamlField.required(f, "eligibility", top);
    Map<String, YamlField> e = eligibility.fields(Set.of("assessmentDays", "ineligibleFraction"));
    YamlField payer = YamlField.required(f, "payer", top);
    Map<String, YamlField> p = payer.fields(Set.of("approvalDays", "refusalFraction"));
    YamlField apheresis = YamlField.required(f, "apheresis", top);
    Map<String, YamlField> a = apheresis.fields(Set.of("sessionDays"));
    return new NetworkScenario.Pathway(
        YamlField.required(r, "toConsultDays", referral).distribution(),
        YamlField.required(e, "assessmentDays", eligibility).distribution(),
        YamlField.required(e, "ineligibleFraction", eligibility).fraction(),
        YamlField.required(p, "approvalDays", payer).distribution(),
        YamlField.required(p, "refusalFraction", payer).fraction(),
        positiveMean(YamlField.required(a, "sessionDays", apheresis)));
  }

  private NetworkScenario.Manufacturing manufacturing(YamlField field, String product) {
    Map<String, YamlField> f =
        field.fields(
            Set.of(
                "site",
                "lane",
                "slotsPerWeek",
                "outboundDays",
                "turnaroundDays",
                "returnDays",
                "failureFraction",
                "onFailure"));
    YamlField siteField = YamlField.required(f, "site", field);
    String siteId = siteField.text();
    Vocabulary.Site site = vocabulary.sites().get(siteId);
    if (site == null || !site.type().equals("MANUFACTURING_FACILITY")) {
      throw siteField.problem(
          "'" + siteId + "' is not a manufacturing facility of reference/korea-network.json");
    }
    if (!site.manufactures().contains(product)) {
      throw siteField.problem("'" + siteId + "' does not manufacture " + product);
    }
    YamlField laneField = YamlField.required(f, "lane", field);
    String lane = laneField.text();
    if (!lane.equals("OVERSEAS") && !lane.equals("DOMESTIC")) {
      throw laneField.problem("must be OVERSEAS or DOMESTIC");
    }
    YamlField onFailure = YamlField.required(f, "onFailure", field);
    Map<String, YamlField> o = onFailure.fields(Set.of("reApheresis", "outOfSpecification"));
    double reApheresis = YamlField.required(o, "reApheresis", onFailure).fraction();
    double outOfSpecification = YamlField.required(o, "outOfSpecification", onFailure).fraction();
    if (reApheresis + outOfSpecification > 1 + 1e-9) {
      throw onFailure.problem("reApheresis + outOfSpecification must not exceed 1");
    }
    return new NetworkScenario.Manufacturing(
        siteId,
        lane,
        YamlField.required(f, "slotsPerWeek", field).positiveWhole(),
        YamlField.required(f, "outboundDays", field).distribution(),
        positiveMean(YamlField.required(f, "turnaroundDays", field)),
        YamlField.required(f, "returnDays", field).distribution(),
        YamlField.required(f, "failureFraction", field).fraction(),
        reApheresis,
        outOfSpecification);
  }

  private NetworkScenario.Infusion infusion(YamlField field) {
    Map<String, YamlField> f =
        field.fields(
            Set.of(
                "bridgingFraction",
                "lymphodepletionDays",
                "outpatientFraction",
                "inpatientStayDays",
                "outpatientAdmissionFraction",
                "outpatientStayDays"));
    return new NetworkScenario.Infusion(
        YamlField.required(f, "bridgingFraction", field).fraction(),
        YamlField.required(f, "lymphodepletionDays", field).distribution(),
        YamlField.required(f, "outpatientFraction", field).fraction(),
        positiveMean(YamlField.required(f, "inpatientStayDays", field)),
        YamlField.required(f, "outpatientAdmissionFraction", field).fraction(),
        positiveMean(YamlField.required(f, "outpatientStayDays", field)));
  }

  /** Durations that hold a resource must be positive on average, or the resource never frees. */
  private static Distribution positiveMean(YamlField field) {
    Distribution distribution = field.distribution();
    if (!(distribution.mean() > 0)) {
      throw field.problem("must be > 0 days on average");
    }
    return distribution;
  }
}
