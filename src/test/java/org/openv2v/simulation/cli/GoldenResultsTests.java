package org.openv2v.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed work must not change a single result (issue 17): the files under
 * src/test/resources/simulation/golden were written by the build before the engine was tuned
 * (commit 62d1e7d, {@code java -jar target/openv2v.jar simulate ...} with the arguments below), and
 * the same seeds must give them byte for byte, at any thread count.
 */
class GoldenResultsTests {

  @TempDir Path dir;

  @Test
  void korea_2023_gives_the_golden_summary_and_patients_at_one_and_two_threads() throws Exception {
    for (int threads : new int[] {1, 2}) {
      Path out = dir.resolve("korea-" + threads);
      int exit =
          SimulateCommand.run(
              List.of(
                  "network",
                  "--scenario",
                  "korea-2023",
                  "--years",
                  "3",
                  "--replications",
                  "12",
                  "--seed",
                  "20261203",
                  "--threads",
                  String.valueOf(threads),
                  "--out",
                  out.toString()),
              quiet(),
              quiet());
      assertThat(exit).isZero();
      assertThat(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8))
          .isEqualTo(golden("korea-2023-summary.json"));
      assertThat(sha256(out.resolve("patients.csv")))
          .isEqualTo(golden("korea-2023-patients.csv.sha256").strip());
    }
  }

  @Test
  void an_erlang_a_queue_gives_the_golden_figures() throws Exception {
    assertThat(
            queue(
                "--arrival-rate",
                "0.9",
                "--service-rate",
                "1",
                "--servers",
                "2",
                "--patience-rate",
                "0.1",
                "--customers",
                "200000",
                "--warmup",
                "1000",
                "--replications",
                "4",
                "--seed",
                "3",
                "--threads",
                "2"))
        .isEqualTo(golden("queue-erlang-a.json"));
  }

  /** One replication: the interval comes from 20 batch means, abandonments finish out of order. */
  @Test
  void one_replication_gives_the_golden_batch_means_interval() throws Exception {
    assertThat(
            queue(
                "--arrival-rate",
                "1.9",
                "--service-rate",
                "1",
                "--servers",
                "2",
                "--patience-rate",
                "0.5",
                "--customers",
                "300000",
                "--warmup",
                "5000",
                "--replications",
                "1",
                "--seed",
                "11"))
        .isEqualTo(golden("queue-one-replication.json"));
  }

  /** The queue's JSON without its timing line. */
  private static String queue(String... args) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    List<String> arguments = new java.util.ArrayList<>(List.of("queue"));
    arguments.addAll(List.of(args));
    int exit =
        SimulateCommand.run(
            arguments, new PrintStream(json, true, StandardCharsets.UTF_8), quiet());
    assertThat(exit).isZero();
    return json.toString(StandardCharsets.UTF_8)
        .lines()
        .filter(line -> !line.contains("wallSeconds"))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in =
        GoldenResultsTests.class.getResourceAsStream("/simulation/golden/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
