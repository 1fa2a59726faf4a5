package org.openv2v;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two planning tools together, as a planner runs them: the simulator's patient flow feeds the
 * economic model's intention-to-treat arm, through the files each writes.
 */
class PlanningPipelineTests {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void should_cost_the_simulated_patient_flow_per_referred_patient(@TempDir Path dir)
      throws Exception {
    Path sim = dir.resolve("sim");
    Path econ = dir.resolve("econ");
    assertThat(
            run(
                "simulate",
                "network",
                "--scenario",
                "korea-2023",
                "--years",
                "2",
                "--replications",
                "10",
                "--seed",
                "11",
                "--out",
                sim.toString()))
        .isZero();
    assertThat(
            run(
                "economics",
                "--model",
                "korea-tisacel-dlbcl",
                "--simulation",
                sim.toString(),
                "--seed",
                "11",
                "--out",
                econ.toString()))
        .isZero();

    JsonNode flow = json.readTree(Files.readString(sim.resolve("summary.json")));
    JsonNode costed = json.readTree(Files.readString(econ.resolve("summary.json")));
    double simulated = flow.get("fractionInfused").get("mean").asDouble();
    // Patient level (the simulator wrote patients.csv): the pooled share of the patients whose fate
    // is known, close to the mean of the replications' shares but not equal to it.
    assertThat(costed.get("intentionToTreat").get("level").asString()).isEqualTo("patient");
    assertThat(costed.get("intentionToTreat").get("fractionInfused").asDouble())
        .isCloseTo(simulated, org.assertj.core.api.Assertions.within(0.02));
    assertThat(simulated).isBetween(0.2, 0.95);
    // Per referred patient, the CAR-T arm is worth less than per treated patient: some never
    // reach infusion and get the comparator's outcome.
    double perReferred = costed.get("arms").get(0).get("qalys").asDouble();
    double perTreated = costed.get("armsPerTreatedPatient").get(0).get("qalys").asDouble();
    assertThat(perReferred).isLessThan(perTreated);
    assertThat(Files.readString(econ.resolve("report.html"))).contains("<svg");
  }

  private static int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    return OpenV2VApplication.command(args, quiet, quiet).orElseThrow();
  }
}
