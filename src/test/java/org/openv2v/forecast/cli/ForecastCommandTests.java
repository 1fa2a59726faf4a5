package org.openv2v.forecast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2v.OpenV2VApplication;
import org.openv2v.cases.CaseHistory;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.forecast.backtest.BacktestRecords;
import org.openv2v.scheduling.CapacityView;
import org.openv2v.scheduling.SlotView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code forecast backtest} on a records file, without the platform. */
class ForecastCommandTests {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return OpenV2VApplication.command(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .orElseThrow();
  }

  private Path records() throws Exception {
    Instant now = Instant.parse("2026-12-01T00:00:00Z");
    LocalDate week = LocalDate.of(2026, 11, 30);
    List<CaseHistory.Step> infused =
        List.of(
            new CaseHistory.Step(CaseState.REFERRED, now.minusSeconds(86_400L * 80)),
            new CaseHistory.Step(CaseState.PAYER_APPROVED, now.minusSeconds(86_400L * 66)),
            new CaseHistory.Step(CaseState.APHERESIS_COLLECTED, now.minusSeconds(86_400L * 54)),
            new CaseHistory.Step(CaseState.IN_MANUFACTURING, now.minusSeconds(86_400L * 51)),
            new CaseHistory.Step(CaseState.RELEASED, now.minusSeconds(86_400L * 30)),
            new CaseHistory.Step(CaseState.LYMPHODEPLETION, now.minusSeconds(86_400L * 25)),
            new CaseHistory.Step(CaseState.INFUSED, now.minusSeconds(86_400L * 21)));
    BacktestRecords records =
        new BacktestRecords(
            now,
            "Asia/Seoul",
            List.of(
                new CaseHistory(
                    UUID.nameUUIDFromBytes("a".getBytes()),
                    "tisa-cel",
                    "DLBCL",
                    "KR-SNUH",
                    "KR-SNUH",
                    "US-NVS-MP",
                    java.util.Optional.empty(),
                    infused)),
            new CapacityView(
                List.of(),
                List.of(
                    new SlotView(
                        UUID.randomUUID(),
                        "US-NVS-MP",
                        "tisa-cel",
                        week,
                        week.plusDays(6),
                        2,
                        1,
                        21)),
                List.of(),
                List.of(),
                List.of()));
    Path file = dir.resolve("records.json");
    Files.writeString(file, JsonMapper.builder().build().writeValueAsString(records));
    return file;
  }

  @Test
  void replays_a_records_file_and_writes_its_scores_report_and_forecasts() throws Exception {
    Path results = dir.resolve("out");
    int exit =
        run(
            "forecast",
            "backtest",
            "--records",
            records().toString(),
            "--from",
            "2026-09-01",
            "--step",
            "7",
            "--seed",
            "1",
            "--replications",
            "100",
            "--out",
            results.toString(),
            "--lang",
            "ko");
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("days replayed").contains("Brier");
    JsonNode summary =
        JsonMapper.builder().build().readTree(results.resolve("summary.json").toFile());
    // open from 80 to 21 days before the records were read: Mondays 2026-09-15 .. 2026-11-10
    assertThat(summary.get("forecasts").asInt()).isEqualTo(9);
    assertThat(summary.get("reachedInfusion").get("scored").asInt()).isEqualTo(9);
    assertThat(summary.get("coverage").get("infused").asInt()).isEqualTo(9);
    assertThat(Files.readAllLines(results.resolve("forecasts.csv"))).hasSize(10);
    String report = Files.readString(results.resolve("report.html"));
    assertThat(report).contains("<svg").contains("브라이어 점수").doesNotContain("??");
  }

  @Test
  void refuses_a_usage_mistake_with_2_and_a_missing_file_with_1() throws Exception {
    Path results = dir.resolve("out");
    assertThat(
            run(
                "forecast",
                "backtest",
                "--records",
                records().toString(),
                "--out",
                results.toString(),
                "--lang",
                "fr"))
        .isEqualTo(2);
    assertThat(
            run(
                "forecast",
                "backtest",
                "--records",
                records().toString(),
                "--out",
                results.toString(),
                "--step",
                "0"))
        .isEqualTo(2);
    assertThat(
            run(
                "forecast",
                "backtest",
                "--records",
                dir.resolve("none.json").toString(),
                "--out",
                results.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    Files.writeString(dir.resolve("bad.json"), "{\"histories\": 3}");
    assertThat(
            run(
                "forecast",
                "backtest",
                "--records",
                dir.resolve("bad.json").toString(),
                "--out",
                results.toString()))
        .isEqualTo(1);
  }
}
