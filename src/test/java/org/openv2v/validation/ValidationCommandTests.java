package org.openv2v.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The validation command lists every target of the target files, with its result. */
class ValidationCommandTests {

  @TempDir static Path dir;
  static String html;
  static JsonNode json;
  static String stdout;

  @BeforeAll
  static void validate() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        ValidationCommand.run(
            List.of("--out", dir.toString(), "--replications", "4", "--years", "5"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(exit).isZero();
    stdout = out.toString(StandardCharsets.UTF_8);
    html = Files.readString(dir.resolve("validation.html"));
    json = JsonMapper.builder().build().readTree(dir.resolve("validation.json").toFile());
  }

  static List<String> everyTarget() {
    List<String> ids = new ArrayList<>();
    Rows.read("targets.csv").forEach(r -> ids.add(r.get("id")));
    Rows.read("icer-arithmetic.csv").forEach(r -> ids.add(r.get("id")));
    Rows.read("trials.csv").stream().map((CSVRecord r) -> r.get("scenario")).forEach(ids::add);
    return ids;
  }

  @Test
  void should_list_every_target_on_the_page_and_in_the_json() {
    List<String> ids = everyTarget();
    assertThat(ids).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    for (String id : ids) {
      assertThat(html).as(id).contains("data-target=\"" + id + "\"");
    }
    List<String> inJson = new ArrayList<>();
    json.get("checks").forEach(c -> inJson.add(c.get("id").asString()));
    assertThat(inJson).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(Files.exists(dir.resolve("validation.md"))).isTrue();
  }

  @Test
  void should_give_source_result_difference_and_verdict_for_each_target() {
    JsonNode lyman = check("lyman-academic-total");
    assertThat(lyman.get("source").asString()).contains("Lyman");
    assertThat(lyman.get("model").asDouble()).isBetween(454_611 * 0.999, 454_611 * 1.001);
    assertThat(lyman.get("status").asString()).isEqualTo("WITHIN");
    assertThat(lyman.get("difference").asDouble())
        .isEqualTo(lyman.get("model").asDouble() - 454_611);
    // The review's Furzer totals and ICER come from different scenarios: shown, and outside.
    assertThat(check("furzer-2020").get("status").asString()).isEqualTo("OUTSIDE");
    assertThat(stdout).contains("outside: furzer-2020");
    assertThat(check("kostat-e0-female").get("status").asString()).isEqualTo("WITHIN");
  }

  @Test
  void should_run_the_simulators_trial_scenarios_against_the_trials() {
    JsonNode juliet = check("trial-juliet");
    assertThat(juliet.get("published").asDouble()).isEqualTo(50.0 / 165);
    assertThat(juliet.get("model").asDouble()).isBetween(0.2, 0.4);
    assertThat(juliet.get("low").asDouble()).isLessThan(50.0 / 165);
    assertThat(juliet.get("high").asDouble()).isGreaterThan(50.0 / 165);
    assertThat(html).contains("JULIET (tisa-cel, DLBCL): share never infused (50/165)");
  }

  @Test
  void should_run_every_trial_and_hold_out_at_least_one_per_calibrated_indication() {
    Rows.read("trials.csv")
        .forEach(
            r -> {
              JsonNode c = check(r.get("scenario"));
              assertThat(c.get("status").asString()).as(r.get("scenario")).isNotEqualTo("NOT_RUN");
              assertThat(c.get("difference").asDouble())
                  .isEqualTo(c.get("model").asDouble() - c.get("published").asDouble());
            });
    // Myeloma's hazard is fitted to KarMMa and CARTITUDE-1: the US cilta-cel cohort is held out.
    assertThat(check("trial-cilta-us-soc").get("note").asString()).contains("held out");
    assertThat(check("trial-karmma").get("note").asString()).contains("calibrated to this trial");
    assertThat(check("trial-transcend").get("note").asString()).contains("calibrated");
    assertThat(check("trial-juliet").get("note").asString()).contains("held out");
  }

  @Test
  void should_write_numbers_as_people_read_them() {
    assertThat(html).doesNotContain("E+", "e+", "-0<", "−0<", "??");
    assertThat(html).contains("454,611", "±0.1%");
  }

  @Test
  void should_render_the_page_in_korean() throws Exception {
    Path korean = dir.resolve("ko");
    int exit =
        ValidationCommand.run(
            List.of("--out", korean.toString(), "--lang", "ko", "--replications", "2"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            System.err);
    assertThat(exit).isZero();
    String page = Files.readString(korean.resolve("validation.html"));
    assertThat(page).contains("lang=\"ko\"", "외부 목표값 대비 검증", "통계청 생명표", "범위 내");
    assertThat(page).doesNotContain("??", ">within<", "Life expectancy at birth");
  }

  @Test
  void should_refuse_a_usage_mistake_with_exit_2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        ValidationCommand.run(
            List.of("--lang", "fr", "--out", dir.toString()),
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang must be en or ko");
    assertThat(ValidationCommand.run(List.of(), System.out, System.err)).isEqualTo(2);
  }

  private static JsonNode check(String id) {
    for (JsonNode c : json.get("checks")) {
      if (c.get("id").asString().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no check " + id);
  }
}
