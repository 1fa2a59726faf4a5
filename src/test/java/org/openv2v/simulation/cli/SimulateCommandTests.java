package org.openv2v.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SimulateCommand.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void help_prints_the_usage_and_succeeds() {
    assertThat(run("network", "--help")).isZero();
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("simulate network");
  }

  @Test
  void queue_prints_one_json_object_with_the_agreed_fields() {
    int exit =
        run(
            "queue",
            "--arrival-rate",
            "0.9",
            "--service-rate",
            "1",
            "--servers",
            "1",
            "--customers",
            "20000",
            "--warmup",
            "1000",
            "--replications",
            "3",
            "--seed",
            "1");
    assertThat(exit).isZero();
    String json = out().strip();
    assertThat(json).startsWith("{").endsWith("}");
    for (String field :
        List.of(
            "meanWait",
            "meanWaitCi95",
            "probWait",
            "meanQueueLength",
            "utilization",
            "abandonFraction",
            "customers",
            "events",
            "wallSeconds")) {
      assertThat(json).contains("\"" + field + "\": ");
    }
    assertThat(json).contains("\"customers\": 57000");
  }

  @Test
  void queue_output_is_the_same_for_one_thread_and_many() {
    String[] args = {
      "queue",
      "--arrival-rate=2",
      "--service-rate=1",
      "--servers=3",
      "--patience-rate=0.5",
      "--customers=5000",
      "--warmup=100",
      "--replications=6",
      "--seed=3"
    };
    run(concat(args, "--threads=1"));
    String one = withoutWallTime(out());
    out.reset();
    run(concat(args, "--threads=4"));
    assertThat(withoutWallTime(out())).isEqualTo(one);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0"
            + " --replications 1 --seed x | --seed must be a whole number",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0"
            + " --replications 1 | --seed is required",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0"
            + " --replications 1 --seed 1 --colour red | unknown option --colour",
        "queue --arrival-rate 2 --service-rate 1 --servers 1 --customers 10 --warmup 0"
            + " --replications 1 --seed 1 | unstable",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 10"
            + " --replications 1 --seed 1 | --warmup must be >= 0 and < --customers",
        "queue --arrival-rate -1 --service-rate 2 --servers 1 --customers 10 --warmup 0"
            + " --replications 1 --seed 1 | --arrival-rate must be > 0",
        "network --scenario korea-2023 --years 1 --replications 1 --seed 1 | --out is required",
        "network --scenario korea-2023 --years 1 --replications 1 --seed 1 --out x --vary"
            + " colour=1 | cannot vary 'colour'",
        "fly | unknown simulation 'fly'"
      })
  void misuse_exits_with_2_and_the_usage(String command, String message) {
    assertThat(run(command.trim().split(" "))).isEqualTo(2);
    assertThat(err()).contains(message).contains("usage:");
    assertThat(out()).isEmpty();
  }

  /** The words of each refusal, exactly as scripts and outside checks read them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " --seed 2 | --seed is given twice",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " --seed=2 | --seed is given twice",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed"
            + " | --seed needs a value",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " --colour | --colour needs a value",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " --colour=red | unknown option --colour",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " red | unexpected argument 'red'",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " -- | unexpected argument '--'",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " -x | unexpected argument '-x'",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed="
            + " | --seed must be a whole number, not ''",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed"
            + " --threads | --seed must be a whole number, not '--threads'",
        "queue --arrival-rate 1 --service-rate 2 --servers x --customers 10 --warmup 0 --seed 1"
            + " | --servers must be a whole number, not 'x'",
        "queue --arrival-rate 1 --service-rate 2 --servers 0 --customers 10 --warmup 0 --seed 1"
            + " | --servers must be 1..1000000",
        "queue --arrival-rate NaN --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " | --arrival-rate must be a number, not 'NaN'",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " --replications 1.5 | --replications must be a whole number, not '1.5'",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " --replications 3000000000 | --replications must be >= 1",
        "queue --arrival-rate 1 --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " --threads 0 | --threads must be >= 1",
        "queue --arrival-rate 1 --service-rate 2 --customers 10 --warmup 0 --seed 1"
            + " | --servers is required",
        "queue --service-rate 2 --servers 1 --customers 10 --warmup 0 --seed 1"
            + " | --arrival-rate is required",
        "network --scenario korea-2023 --years 0 --replications 1 --seed 1 --out x"
            + " | --years must be > 0 and at most 200",
        "network --scenario korea-2023 --years x --replications 1 --seed 1 --out x"
            + " | --years must be a number, not 'x'",
        "network --years 1 --replications 1 --seed 1 --out x | --scenario is required",
        "network --scenario korea-2023 --replications 1 --seed 1 --out x | --years is required",
        "network --scenario korea-2023 --years 1 --seed 1 --out x --lang fr"
            + " | --lang must be en or ko",
        "network --scenario korea-2023,korea-outpatient --years 1 --seed 1 --out x --vary"
            + " slotsPerWeek=3,4 | --vary sweeps one scenario; give a single --scenario",
        "network --scenario korea-2023 --years 1 --seed 1 --out x --vary slotsPerWeek"
            + " | --vary must look like PARAM=v1,v2,...",
        "calibration --years 1 | --out is required",
        "calibration --out x --years 300 | --years must be > 0 and at most 200",
        "calibration --out x --replications 1 | --replications must be >= 2",
        "calibration --out x --seed x | --seed must be a whole number, not 'x'",
        "calibration --out x --vary x=1 | unknown option --vary",
        "--seed 1 | unknown simulation '--seed'"
      })
  void each_misuse_is_refused_in_its_own_words(String command, String message) {
    assertThat(run(command.trim().split(" "))).isEqualTo(2);
    assertThat(err().lines().findFirst()).contains("simulate: " + message);
    assertThat(out()).isEmpty();
  }

  @Test
  void numbers_may_group_their_digits_and_options_may_take_their_values_after_an_equals_sign() {
    int exit =
        run(
            "queue",
            "--arrival-rate=1e0",
            "--service-rate",
            " 2 ",
            "--servers=1",
            "--customers",
            "1_000",
            "--warmup",
            "0",
            "--seed",
            "1");
    assertThat(exit).isZero();
    assertThat(out()).contains("\"customers\": 1000");
  }

  @Test
  void network_refuses_an_unknown_scenario_naming_the_built_in_ones(@TempDir Path dir) {
    int exit =
        run(
            "network",
            "--scenario",
            "korea-2099",
            "--years",
            "1",
            "--replications",
            "1",
            "--seed",
            "1",
            "--out",
            dir.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("no built-in scenario or file named 'korea-2099'", "korea-2023");
  }

  @Test
  void network_reports_a_broken_scenario_file_by_line_and_field(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("mine.yaml");
    String yaml =
        new String(
                getClass().getResourceAsStream("/scenarios/korea-2023.yaml").readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("slotsPerWeek: 4 ", "slotsPerWeek: 0 ");
    Files.writeString(file, yaml);
    int exit =
        run(
            "network",
            "--scenario",
            file.toString(),
            "--years",
            "1",
            "--replications",
            "1",
            "--seed",
            "1",
            "--out",
            dir.resolve("out").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err())
        .containsPattern("mine\\.yaml line \\d+: manufacturing\\.slotsPerWeek must be > 0");
  }

  @Test
  void network_writes_the_report_in_korean_with_korean_names(@TempDir Path dir) throws Exception {
    int exit =
        run(
            "network",
            "--scenario",
            "korea-2023",
            "--years",
            "1",
            "--replications",
            "2",
            "--seed",
            "1",
            "--lang",
            "ko",
            "--out",
            dir.toString());
    assertThat(exit).isZero();
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("lang=\"ko\"", "티사젠렉류셀", "미만성 거대 B세포 림프종", "B세포 급성 림프모구백혈병", "병상, 서울대학교병원");
    // No resource ids where sites' names belong, and no English outside the quoted sources.
    String words =
        html.replaceAll("(?s)<style.*?</style>", " ")
            .replaceAll("(?s)<td[^>]*lang=\"en\"[^>]*>.*?</td>", " ")
            .replaceAll("<[^>]+>", " ");
    assertThat(words).doesNotContain("beds:KR-", "apheresis:KR-");
    // The inputs table names the scenario file's sites and regions too (KR-SNUH, Seoul).
    assertThat(words).contains("서울대학교병원", "경기", "그 밖의 지역");
    assertThat(org.openv2v.web.MachineWords.in(words, true))
        .filteredOn(
            f ->
                f.kind() == org.openv2v.web.MachineWords.Kind.ENGLISH_ON_KOREAN_PAGE
                    || f.kind() == org.openv2v.web.MachineWords.Kind.SITE_ID)
        .isEmpty();
    assertThat(run("network", "--scenario", "korea-2023", "--lang", "fr", "--out", dir.toString()))
        .isEqualTo(2);
  }

  @Test
  void network_writes_summary_and_a_self_contained_report(@TempDir Path dir) throws Exception {
    int exit =
        run(
            "network",
            "--scenario",
            "korea-2023",
            "--years",
            "2",
            "--replications",
            "3",
            "--seed",
            "1",
            "--out",
            dir.toString(),
            "--threads",
            "2");
    assertThat(exit).isZero();
    String summary = Files.readString(dir.resolve("summary.json"));
    for (String field :
        List.of(
            "referred",
            "infused",
            "fractionInfused",
            "ci95",
            "v2vDays",
            "referralToInfusionDays",
            "p10",
            "p50",
            "p90",
            "mean",
            "withdrawn",
            "progression",
            "death",
            "manufacturingFailure",
            "ineligible",
            "payerRefusal",
            "waitlist",
            "max",
            "utilization")) {
      assertThat(summary).contains("\"" + field + "\"");
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains(
            "<svg",
            "Vein-to-vein",
            "Waiting list",
            "From referral to infusion",
            "Where patients are lost",
            "Before apheresis (95% CI)",
            "Results by indication",
            "Replication by replication",
            "Share infused in each replication",
            "Inputs and their sources",
            "manufacturing.slotsPerWeek",
            "Utilisation");
    for (String field : List.of("funnel", "lostBeforeApheresis", "byIndication", "patientsFile")) {
      assertThat(summary).contains("\"" + field + "\"");
    }
    assertThat(html).doesNotContain("<script", "http://cdn", "https://");
  }

  @Test
  void network_compares_several_scenarios_and_sweeps_a_parameter(@TempDir Path dir)
      throws Exception {
    assertThat(
            run(
                "network",
                "--scenario",
                "korea-2023,korea-outpatient",
                "--years",
                "1",
                "--replications",
                "2",
                "--seed",
                "1",
                "--out",
                dir.resolve("cmp").toString()))
        .isZero();
    assertThat(dir.resolve("cmp/korea-2023/summary.json")).exists();
    assertThat(dir.resolve("cmp/korea-outpatient/summary.json")).exists();
    assertThat(Files.readString(dir.resolve("cmp/report.html")))
        .contains("korea-2023", "korea-outpatient");

    assertThat(
            run(
                "network",
                "--scenario",
                "korea-2023",
                "--vary",
                "slotsPerWeek=3,5",
                "--years",
                "1",
                "--replications",
                "2",
                "--seed",
                "1",
                "--out",
                dir.resolve("vary").toString()))
        .isZero();
    assertThat(Files.readString(dir.resolve("vary/sensitivity.json")))
        .contains("\"parameter\": \"slotsPerWeek\"");
    // The sweep is drawn as a line with its 95% band against the parameter.
    assertThat(Files.readString(dir.resolve("vary/report.html")))
        .contains("class=\"chart-line\"", "class=\"chart-band\"", "slotsPerWeek");
  }

  private static String withoutWallTime(String json) {
    return json.replaceAll("\"wallSeconds\": [0-9.]+", "");
  }

  private static String[] concat(String[] args, String extra) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = extra;
    return all;
  }
}
