package org.openv2v.economics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2v.web.MachineWords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The economics command as a user runs it. */
class EconomicsCommandTests {

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return EconomicsCommand.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--model",
        "--model korea-tisacel-dlbcl",
        "--out x",
        "--model korea-tisacel-dlbcl --out x --psa lots",
        "--model korea-tisacel-dlbcl --out x --psa -5",
        "--model korea-tisacel-dlbcl --out x --seed 1.5",
        "--model korea-tisacel-dlbcl --out x --frobnicate",
        "--model a --model b --out x",
      })
  void should_refuse_bad_flags_with_exit_2_and_the_usage(String line) {
    assertThat(run(line.split(" "))).isEqualTo(2);
    assertThat(errors()).contains("economics:", "Usage:");
  }

  /** The words picocli used while the options were annotated fields, kept by the spec. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--psa abc --model x --out y | Invalid value for option '--psa': 'abc' is not an int",
        "--model | Missing required parameter for option '--model' (<model>)",
        "--bogus 1 | Unknown options: '--bogus', '1'",
        "--psa 5 --psa 6 --model x --out y | option '--psa' (<psa>) should be specified only once"
      })
  void should_word_a_refusal_as_before(String line, String words) {
    assertThat(run(line.split(" "))).isEqualTo(2);
    assertThat(errors()).contains("economics: " + words);
  }

  @Test
  void should_refuse_an_unknown_model_and_a_broken_file_with_exit_2(@TempDir Path dir)
      throws IOException {
    assertThat(run("--model", "nowhere", "--out", dir.toString())).isEqualTo(2);
    assertThat(errors()).contains("no built-in model or file named nowhere");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "name: broken\ncurrency: KRW\nhorizonYears: lots\n");
    assertThat(run("--model", broken.toString(), "--out", dir.toString())).isEqualTo(2);
    assertThat(errors()).contains("broken.yaml line 3, field horizonYears: must be a number");
  }

  @Test
  void should_print_its_usage_on_help_and_succeed() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--model");
  }

  @Test
  void should_list_the_built_in_models() {
    assertThat(run("--list")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "korea-tisacel-dlbcl",
            "korea-ciltacel-mm",
            "korea-tisacel-ball",
            "us-axicel-site-of-care");
  }

  @Test
  void should_write_the_summary_and_report_with_psa(@TempDir Path dir) throws IOException {
    assertThat(
            run(
                "--model",
                "korea-tisacel-dlbcl",
                "--psa",
                "200",
                "--seed",
                "5",
                "--out",
                dir.toString()))
        .as(errors())
        .isZero();
    // A PSA shows its progress on standard error (counted every 100 iterations).
    assertThat(errors()).contains("PSA: 100/200 iterations", "PSA: 200/200 iterations");
    JsonNode summary =
        JsonMapper.builder().build().readTree(Files.readString(dir.resolve("summary.json")));
    assertThat(summary.get("currency").asString()).isEqualTo("KRW");
    assertThat(summary.get("horizonYears").asDouble()).isEqualTo(40);
    assertThat(summary.get("discountRate").asDouble()).isEqualTo(0.045);
    assertThat(summary.get("discountRates").get("effects").asDouble()).isEqualTo(0.045);
    assertThat(summary.get("arms")).hasSize(2);
    for (JsonNode arm : summary.get("arms")) {
      assertThat(arm.has("name") && arm.has("costs") && arm.has("qalys") && arm.has("lys"))
          .isTrue();
    }
    JsonNode incremental = summary.get("incremental");
    for (String field : List.of("costs", "qalys", "lys", "icer", "nmb")) {
      assertThat(incremental.has(field)).as(field).isTrue();
    }
    assertThat(summary.get("probabilityCostEffective").size()).isGreaterThan(10);
    // Issue 12 item 4: the decision at the threshold, the probabilistic ICER and EVPI.
    JsonNode psa = summary.get("psa");
    assertThat(psa.get("probabilisticIcer").asDouble())
        .isCloseTo(
            psa.get("meanIncrementalCosts").asDouble() / psa.get("meanIncrementalQalys").asDouble(),
            org.assertj.core.api.Assertions.within(1e-3));
    assertThat(psa.get("willingnessToPay").asDouble()).isEqualTo(50_000_000);
    assertThat(psa.get("probabilityCostEffectiveAtThreshold").asDouble()).isBetween(0.0, 1.0);
    JsonNode population = psa.get("evpiPopulation");
    assertThat(population.get("patients").asDouble()).isEqualTo(1000); // 200 a year for 5 years
    assertThat(population.get("years").asInt()).isEqualTo(5);
    assertThat(population.get("value").asDouble())
        .isCloseTo(
            psa.get("evpiPerPatient").asDouble() * population.get("discountedPatients").asDouble(),
            org.assertj.core.api.Assertions.within(1.0));
    assertThat(population.get("discountedPatients").asDouble()).isBetween(900.0, 1000.0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("probabilistic ICER", "EVPI");
    assertThat(summary.get("probabilityCostEffective").get(0).has("willingnessToPay")).isTrue();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains(
            "<svg",
            "Cost-effectiveness plane",
            "acceptability",
            "tornado",
            "Budget impact",
            "Survival");
    assertThat(html).doesNotContain("<script", "http://cdn", "https://cdn");
  }

  @Test
  void should_write_the_same_summary_for_the_same_seed(@TempDir Path dir) throws IOException {
    run(
        "--model",
        "korea-tisacel-dlbcl",
        "--psa",
        "100",
        "--seed",
        "9",
        "--out",
        dir.resolve("a").toString());
    run(
        "--model",
        "korea-tisacel-dlbcl",
        "--psa",
        "100",
        "--seed",
        "9",
        "--out",
        dir.resolve("b").toString());
    // Byte for byte (issue 12 item 8): no key order from hashing, no timing in the summary.
    assertThat(Files.readAllBytes(dir.resolve("a/summary.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b/summary.json")));
    assertThat(Files.readString(dir.resolve("a/summary.json"))).doesNotContain("seconds");
    JsonNode timing =
        JsonMapper.builder().build().readTree(Files.readString(dir.resolve("a/timing.json")));
    assertThat(timing.get("psaIterations").asInt()).isEqualTo(100);
    assertThat(timing.get("psaSeconds").asDouble()).isPositive();
  }

  @Test
  void should_couple_a_simulation_directory(@TempDir Path dir)
      throws IOException, URISyntaxException {
    Path simulation = dir.resolve("sim");
    Files.createDirectories(simulation);
    Files.copy(
        Path.of(getClass().getResource("/economics/simulation-summary.json").toURI()),
        simulation.resolve("summary.json"));
    assertThat(
            run(
                "--model",
                "korea-tisacel-dlbcl",
                "--simulation",
                simulation.toString(),
                "--out",
                dir.resolve("out").toString()))
        .as(errors())
        .isZero();
    JsonNode summary =
        JsonMapper.builder().build().readTree(Files.readString(dir.resolve("out/summary.json")));
    assertThat(summary.get("intentionToTreat").get("fractionInfused").asDouble()).isEqualTo(0.8);
    assertThat(summary.get("intentionToTreat").get("withdrawn").get("death").asDouble())
        .isEqualTo(20);
  }

  @Test
  void should_refuse_a_simulation_for_a_model_without_intention_to_treat(@TempDir Path dir) {
    assertThat(
            run(
                "--model",
                "us-axicel-site-of-care",
                "--simulation",
                dir.toString(),
                "--out",
                dir.toString()))
        .isEqualTo(2);
    assertThat(errors()).contains("no intentionToTreat block");
  }

  @Test
  void should_sweep_the_value_of_faster_access_through_the_simulator(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("access");
    assertThat(
            run(
                "access-value",
                "--model",
                "korea-tisacel-dlbcl",
                "--scenario",
                "trial-juliet",
                "--delays",
                "0,60",
                "--years",
                "1",
                "--replications",
                "2",
                "--psa",
                "20",
                "--seed",
                "1",
                "--out",
                out.toString()))
        .as(errors())
        .isZero();
    JsonNode summary =
        JsonMapper.builder().build().readTree(Files.readString(out.resolve("summary.json")));
    assertThat(summary.get("analysis").asString()).isEqualTo("access-value");
    JsonNode rows = summary.get("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get("fractionInfused").asDouble())
        .isLessThan(rows.get(0).get("fractionInfused").asDouble());
    assertThat(rows.get(0).get("nmbLow").asDouble())
        .isLessThan(rows.get(0).get("nmbHigh").asDouble());
    assertThat(rows.get(0).get("source").asString()).contains("delay-0");
    assertThat(Files.exists(out.resolve("simulations/delay-60/summary.json"))).isTrue();
    List<String> csv = Files.readAllLines(out.resolve("access-value.csv"));
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0)).startsWith("delayDays,fractionInfused");
    assertThat(out.toString()).isNotEmpty();
    assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("NMB per referred patient");
    // Patient-level: each delay's simulation hands its patients to the model.
    assertThat(rows.get(0).get("source").asString()).endsWith("patients.csv");
    assertThat(Files.readAllLines(out.resolve("simulations/delay-60/patients.csv")).get(0))
        .startsWith("replication,patient,indication");
    String html = Files.readString(out.resolve("report.html"));
    // Four plots (share infused, LY, QALY, NMB), each with its interval band, and the table.
    assertThat(html.split("<svg", -1)).hasSize(5);
    assertThat(html).contains("95% PSA interval", "Delay added before apheresis");
    assertThat(html.split("<tr", -1)).hasSize(1 + 1 + 2);
    assertThat(html).doesNotContain("E+", "e+", "-0<", "−0<", "??", "NaN");
  }

  @Test
  void should_write_the_access_value_report_in_korean_without_english_words(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("ko");
    assertThat(
            run(
                "access-value",
                "--model",
                "korea-tisacel-dlbcl",
                "--delays",
                "0,30",
                "--psa",
                "10",
                "--lang",
                "ko",
                "--out",
                out.toString()))
        .as(errors())
        .isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("lang=\"ko\"", "빠른 접근의 가치", "티사젠렉류셀", "구제 항암화학요법");
    assertThat(MachineWords.in(text(html), true)).isEmpty();
  }

  @Test
  void should_write_the_model_report_in_korean_without_english_words(@TempDir Path dir)
      throws IOException {
    assertThat(
            run(
                "--model",
                "korea-tisacel-dlbcl",
                "--psa",
                "20",
                "--lang",
                "ko",
                "--out",
                dir.toString()))
        .as(errors())
        .isZero();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("lang=\"ko\"", "티사젠렉류셀", "구제 항암화학요법");
    assertThat(MachineWords.in(text(html), true)).isEmpty();
  }

  /**
   * The words a reader sees: the page without its style, its markup and the elements marked as
   * English on purpose (cited sources, lang="en").
   */
  private static String text(String html) {
    return html.replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<(td|span|li|p)[^>]*lang=\"en\"[^>]*>.*?</\\1>", " ")
        .replaceAll("<[^>]+>", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "access-value --out x",
        "access-value --model korea-tisacel-dlbcl --out x --delays -5",
        "access-value --model korea-tisacel-dlbcl --out x --psa many",
        "access-value --model nowhere --out x",
      })
  void should_refuse_bad_access_value_flags_with_exit_2(String line) {
    assertThat(run(line.split(" "))).isEqualTo(2);
    assertThat(errors()).contains("economics access-value");
  }
}
