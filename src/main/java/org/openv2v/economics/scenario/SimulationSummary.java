package org.openv2v.economics.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What economics takes from an access-simulator run (its summary.json): how many were referred and
 * infused, the share infused, the vein-to-vein and referral-to-infusion times and the withdrawals
 * by cause. Read leniently: a figure may be a number or an object with {@code mean} or {@code
 * value}; missing figures stay empty. When the run also wrote patients.csv beside it, its rows are
 * the patients of a patient-level evaluation.
 */
public record SimulationSummary(
    Path file,
    OptionalDouble referred,
    OptionalDouble infused,
    OptionalDouble fractionInfused,
    OptionalDouble fractionInfusedLow,
    OptionalDouble fractionInfusedHigh,
    OptionalDouble veinToVeinMeanDays,
    OptionalDouble veinToVeinMedianDays,
    OptionalDouble referralToInfusionMeanDays,
    OptionalDouble referredPerYear,
    Map<String, Double> withdrawn,
    List<ReferredPatient> patients) {

  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Reads DIR/summary.json (or the file itself when given a file). */
  public static SimulationSummary read(Path dirOrFile) {
    Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve("summary.json") : dirOrFile;
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException(file + " is larger than " + MAX_BYTES + " bytes");
      }
      root = JsonMapper.shared().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read simulation summary " + file + ": " + e.getMessage());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "simulation summary " + file + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("simulation summary " + file + " must be a JSON object");
    }
    OptionalDouble referred = figure(root.get("referred"));
    OptionalDouble infused = figure(root.get("infused"));
    OptionalDouble fraction = figure(root.get("fractionInfused"));
    if (fraction.isEmpty()
        && referred.isPresent()
        && infused.isPresent()
        && referred.getAsDouble() > 0) {
      fraction = OptionalDouble.of(infused.getAsDouble() / referred.getAsDouble());
    }
    if (fraction.isPresent() && (fraction.getAsDouble() < 0 || fraction.getAsDouble() > 1)) {
      throw new IllegalArgumentException("fractionInfused in " + file + " must be between 0 and 1");
    }
    JsonNode fi = root.get("fractionInfused");
    OptionalDouble low = OptionalDouble.empty();
    OptionalDouble high = OptionalDouble.empty();
    if (fi != null && fi.isObject()) {
      low = firstOf(fi, "low", "lower", "ciLow", "p025", "p2_5");
      high = firstOf(fi, "high", "upper", "ciHigh", "p975", "p97_5");
      // The simulator writes ci95; older or hand-written files may say ci.
      JsonNode ci = fi.has("ci95") ? fi.get("ci95") : fi.get("ci");
      if (ci != null && ci.isArray() && ci.size() == 2) {
        low = OptionalDouble.of(ci.get(0).asDouble());
        high = OptionalDouble.of(ci.get(1).asDouble());
      }
    }
    JsonNode v2v = root.get("v2vDays");
    JsonNode r2i = root.get("referralToInfusionDays");
    OptionalDouble perYear = figure(root.get("referredPerYear"));
    if (perYear.isEmpty() && referred.isPresent()) {
      OptionalDouble years =
          figure(root.get("years")).isPresent()
              ? figure(root.get("years"))
              : figure(root.get("horizonYears"));
      OptionalDouble days = figure(root.get("horizonDays"));
      if (years.isPresent() && years.getAsDouble() > 0) {
        perYear = OptionalDouble.of(referred.getAsDouble() / years.getAsDouble());
      } else if (days.isPresent() && days.getAsDouble() > 0) {
        perYear = OptionalDouble.of(referred.getAsDouble() * 365.25 / days.getAsDouble());
      }
    }
    Map<String, Double> withdrawn = new LinkedHashMap<>();
    JsonNode w = root.get("withdrawn");
    if (w != null && w.isObject()) {
      for (Map.Entry<String, JsonNode> e : w.properties()) {
        figure(e.getValue()).ifPresent(x -> withdrawn.put(e.getKey(), x));
      }
    }
    return new SimulationSummary(
        file,
        referred,
        infused,
        fraction,
        low,
        high,
        v2v == null ? OptionalDouble.empty() : firstOf(v2v, "mean"),
        v2v == null ? OptionalDouble.empty() : firstOf(v2v, "p50", "median"),
        r2i == null ? OptionalDouble.empty() : firstOf(r2i, "mean", "p50"),
        perYear,
        Collections.unmodifiableMap(withdrawn),
        PatientsFile.besideSummary(file));
  }

  /** Whether the run wrote one row per referred patient (patients.csv). */
  public boolean patientLevel() {
    return !patients.isEmpty();
  }

  /**
   * The wait of intention to treat, whose population is the referred patients: the mean time from
   * referral to infusion; for summaries without it, the mean vein-to-vein time, else its median.
   */
  public OptionalDouble waitDays() {
    if (referralToInfusionMeanDays.isPresent()) {
      return referralToInfusionMeanDays;
    }
    return veinToVeinMeanDays.isPresent() ? veinToVeinMeanDays : veinToVeinMedianDays;
  }

  private static OptionalDouble figure(JsonNode node) {
    if (node == null || node.isNull()) {
      return OptionalDouble.empty();
    }
    if (node.isNumber()) {
      return OptionalDouble.of(node.asDouble());
    }
    if (node.isObject()) {
      return firstOf(node, "mean", "value", "p50");
    }
    return OptionalDouble.empty();
  }

  private static OptionalDouble firstOf(JsonNode node, String... names) {
    if (node.isNumber()) {
      return OptionalDouble.of(node.asDouble());
    }
    for (String name : names) {
      JsonNode child = node.get(name);
      if (child != null && child.isNumber()) {
        return OptionalDouble.of(child.asDouble());
      }
    }
    return OptionalDouble.empty();
  }
}
