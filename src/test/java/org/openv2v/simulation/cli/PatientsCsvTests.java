package org.openv2v.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2v.simulation.output.PatientsCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * patients.csv, the contract with the economic model (docs/simulation.md): its columns and order,
 * one row per counted patient consistent with summary.json (counts by outcome, Little's law), and
 * patient-level rules (a patient who dies waiting has no infusion).
 */
class PatientsCsvTests {

  @TempDir static Path dir;
  private static List<CSVRecord> rows;
  private static List<String> header;
  private static JsonNode summary;

  private static int simulate(Path out, int threads) {
    return SimulateCommand.run(
        List.of(
            "network",
            "--scenario",
            "korea-2023",
            "--years",
            "3",
            "--replications",
            "4",
            "--seed",
            "5",
            "--threads",
            String.valueOf(threads),
            "--out",
            out.toString()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void runOnce() throws Exception {
    assertThat(simulate(dir.resolve("one"), 1)).isZero();
    try (Reader in = Files.newBufferedReader(dir.resolve("one/patients.csv"));
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      header = parser.getHeaderNames();
      rows = parser.getRecords();
    }
    summary = JsonMapper.builder().build().readTree(dir.resolve("one/summary.json").toFile());
  }

  @Test
  void the_columns_are_the_agreed_ones_in_the_agreed_order() {
    assertThat(header)
        .containsExactly(
            "replication",
            "patient",
            "indication",
            "product",
            "ageYears",
            "sex",
            "referralDay",
            "outcome",
            "outcomeDay",
            "apheresisDay",
            "waitDays",
            "veinToVeinDays");
    assertThat(summary.path("patientsFile").asString()).isEqualTo(PatientsCsv.FILE);
  }

  @Test
  void rows_go_by_replication_then_referral_time_and_number_the_patients_from_one() {
    int replication = 0;
    int patient = 0;
    double referral = -1;
    for (CSVRecord r : rows) {
      int rep = Integer.parseInt(r.get("replication"));
      if (rep != replication) {
        assertThat(rep).isEqualTo(replication + 1);
        replication = rep;
        patient = 0;
        referral = -1;
      }
      assertThat(Integer.parseInt(r.get("patient"))).isEqualTo(++patient);
      double day = Double.parseDouble(r.get("referralDay"));
      assertThat(day).isGreaterThanOrEqualTo(referral);
      assertThat(r.get("referralDay")).matches("\\d+\\.\\d{3}");
      referral = day;
    }
    assertThat(replication).isEqualTo(4);
  }

  @Test
  void counts_by_outcome_equal_summary_json() {
    int n = summary.path("replications").asInt();
    assertThat(rows).hasSize((int) Math.round(summary.path("referred").asDouble() * n));
    assertThat(count("INFUSED")).isEqualTo(Math.round(summary.path("infused").asDouble() * n));
    Map<String, String> causes =
        Map.of(
            "PROGRESSION", "progression",
            "DEATH", "death",
            "MANUFACTURING_FAILURE", "manufacturingFailure",
            "INELIGIBLE", "ineligible",
            "PAYER_REFUSAL", "payerRefusal");
    causes.forEach(
        (outcome, key) ->
            assertThat(count(outcome))
                .as(outcome)
                .isEqualTo(Math.round(summary.path("withdrawn").path(key).asDouble() * n)));
    assertThat(count("WAITING"))
        .isEqualTo(Math.round(summary.path("stillWaitingAtEnd").asDouble() * n));
    assertThat(rows)
        .extracting(r -> r.get("outcome"))
        .allMatch(
            Set.of(
                    "INFUSED",
                    "PROGRESSION",
                    "DEATH",
                    "MANUFACTURING_FAILURE",
                    "INELIGIBLE",
                    "PAYER_REFUSAL",
                    "WAITING")
                ::contains);
  }

  @Test
  void waits_agree_with_littles_law_in_summary_json() {
    // summary.json's meanDaysInPathway is the mean over replications of each one's mean wait.
    double sumOfMeans = 0;
    for (int rep = 1; rep <= 4; rep++) {
      String r = String.valueOf(rep);
      sumOfMeans +=
          rows.stream()
              .filter(x -> x.get("replication").equals(r) && !x.get("waitDays").isEmpty())
              .mapToDouble(x -> Double.parseDouble(x.get("waitDays")))
              .average()
              .orElseThrow();
    }
    JsonNode little = summary.path("littlesLaw");
    assertThat(sumOfMeans / 4).isCloseTo(little.path("meanDaysInPathway").asDouble(), within(0.01));
    assertThat(little.path("lambdaW").asDouble())
        .isCloseTo(
            little.path("meanInPathway").asDouble(),
            within(0.05 * little.path("meanInPathway").asDouble()));
  }

  @Test
  void a_patient_who_dies_waiting_has_outcome_death_and_no_infusion() {
    List<CSVRecord> deaths = rows.stream().filter(r -> r.get("outcome").equals("DEATH")).toList();
    assertThat(deaths).isNotEmpty();
    for (CSVRecord r : deaths) {
      assertThat(r.get("veinToVeinDays")).isEmpty();
      assertThat(r.get("outcomeDay")).isNotEmpty();
      double wait =
          Double.parseDouble(r.get("outcomeDay")) - Double.parseDouble(r.get("referralDay"));
      assertThat(Double.parseDouble(r.get("waitDays"))).isCloseTo(wait, within(0.002));
    }
    // Some die before their cells are collected (no apheresis day), some after.
    assertThat(deaths).anyMatch(r -> r.get("apheresisDay").isEmpty());
    assertThat(deaths).anyMatch(r -> !r.get("apheresisDay").isEmpty());
  }

  @Test
  void an_infused_patient_has_a_collection_and_a_vein_to_vein_time() {
    for (CSVRecord r : rows) {
      if (r.get("outcome").equals("INFUSED")) {
        double v2v =
            Double.parseDouble(r.get("outcomeDay")) - Double.parseDouble(r.get("apheresisDay"));
        assertThat(Double.parseDouble(r.get("veinToVeinDays"))).isCloseTo(v2v, within(0.002));
        assertThat(v2v).isPositive();
      } else if (r.get("outcome").equals("INELIGIBLE")) {
        assertThat(r.get("apheresisDay")).isEmpty();
      }
    }
  }

  @Test
  void patients_have_an_age_from_their_indication_and_a_sex() {
    List<Integer> dlbcl = new ArrayList<>();
    for (CSVRecord r : rows) {
      assertThat(r.get("product")).isEqualTo("tisa-cel");
      assertThat(r.get("sex")).isIn("MALE", "FEMALE");
      int age = Integer.parseInt(r.get("ageYears"));
      if (r.get("indication").equals("B-ALL")) {
        assertThat(age).isBetween(3, 23); // ELIANA, median 11 (3-23)
      } else {
        assertThat(r.get("indication")).isEqualTo("DLBCL");
        assertThat(age).isBetween(18, 86); // TRANSCEND, median 63 (18-86)
        dlbcl.add(age);
      }
    }
    double belowMedian = dlbcl.stream().filter(a -> a < 63).count() / (double) dlbcl.size();
    assertThat(belowMedian).isCloseTo(0.5, within(0.05));
  }

  @Test
  void summary_and_patients_are_byte_identical_at_one_and_four_threads() throws Exception {
    assertThat(simulate(dir.resolve("four"), 4)).isZero();
    for (String file : List.of("summary.json", "patients.csv")) {
      assertThat(Files.readAllBytes(dir.resolve("four").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("one/summary.json")))
        .doesNotContain("wallSeconds")
        .doesNotContain("elapsed");
  }

  private long count(String outcome) {
    return rows.stream().filter(r -> r.get("outcome").equals(outcome)).count();
  }
}
