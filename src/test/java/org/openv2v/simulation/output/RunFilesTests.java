package org.openv2v.simulation.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.network.NetworkSummary;
import org.openv2v.simulation.network.PatientRecords;
import org.openv2v.simulation.network.Stage;
import org.openv2v.simulation.network.Withdrawal;
import org.openv2v.simulation.reference.ReferenceVocabulary;

/**
 * patients.csv is written while the replications run (issue 17): in replication order whatever
 * order they finish in and however many threads run them, and never as half a file.
 */
class RunFilesTests {

  private static final NetworkScenario KOREA =
      BuiltInScenarios.load("korea-2023", ReferenceVocabulary.get());

  @Test
  void the_file_is_the_same_byte_for_byte_on_one_thread_and_on_three(@TempDir Path dir)
      throws Exception {
    NetworkSummary one = RunFiles.simulate(dir.resolve("one"), KOREA, 2, 7, 11, 1, n -> {});
    NetworkSummary three = RunFiles.simulate(dir.resolve("three"), KOREA, 2, 7, 11, 3, n -> {});
    RunFiles.writeSummary(dir.resolve("one"), one);
    RunFiles.writeSummary(dir.resolve("three"), three);

    byte[] csv = Files.readAllBytes(dir.resolve("one").resolve(PatientsCsv.FILE));
    assertThat(Files.readAllBytes(dir.resolve("three").resolve(PatientsCsv.FILE))).isEqualTo(csv);
    assertThat(Files.readString(dir.resolve("three").resolve("summary.json")))
        .isEqualTo(Files.readString(dir.resolve("one").resolve("summary.json")));
    assertThat(three.replications()).isEqualTo(one.replications()).isEqualTo(7);
    List<String> replicationColumn =
        new String(csv, StandardCharsets.UTF_8)
            .lines()
            .skip(1)
            .map(line -> line.substring(0, line.indexOf(',')))
            .distinct()
            .toList();
    assertThat(replicationColumn).containsExactly("1", "2", "3", "4", "5", "6", "7");
    try (var files = Files.list(dir.resolve("three"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("summary.json", PatientsCsv.FILE);
    }
  }

  @Test
  void replications_that_finish_out_of_order_are_written_in_order() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PatientsCsv.Writer writer = new PatientsCsv.Writer(KOREA, out);
    int header = out.size();

    writer.replication(2, onePatient(30));
    writer.replication(1, onePatient(20));
    assertThat(out.size()).isEqualTo(header);
    writer.replication(0, onePatient(10));

    List<String> rows = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("1,1,").contains(",10.000,");
    assertThat(rows.get(1)).startsWith("2,1,").contains(",20.000,");
    assertThat(rows.get(2)).startsWith("3,1,").contains(",30.000,");
  }

  @Test
  void a_run_that_fails_leaves_no_patients_file_and_keeps_the_earlier_one(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve(PatientsCsv.FILE), "an earlier run's rows\r\n");

    assertThatThrownBy(() -> RunFiles.simulate(dir, KOREA, -1, 3, 1, 2, n -> {}))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readString(dir.resolve(PatientsCsv.FILE)))
        .isEqualTo("an earlier run's rows\r\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(PatientsCsv.FILE);
    }
  }

  /** One patient referred on {@code day}, still waiting. */
  private static PatientRecords onePatient(double day) {
    return new PatientRecords(
        new String[] {"DLBCL"},
        new int[] {60},
        new boolean[] {true},
        new double[] {day},
        new Stage[] {Stage.REFERRED},
        new Withdrawal[] {null},
        new double[] {Double.NaN},
        new double[] {Double.NaN});
  }
}
