package org.openv2v.scheduling.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ch.qos.logback.classic.Level;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openv2v.scheduling.domain.plan.GreedyAllocation;
import org.openv2v.scheduling.domain.plan.Plan;
import org.openv2v.scheduling.domain.plan.PlanOutcome;
import org.openv2v.scheduling.domain.plan.Planner;
import org.openv2v.scheduling.domain.plan.PlannerConfig;
import org.openv2v.scheduling.domain.plan.PlanningInstances;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Planner figures on the benchmark instance (1,000 waiting cases, 20 centres, 5 facilities,
 * 26 weeks; seeded): time to a first feasible plan and to a plan within 1% of the run's best, and
 * the improvement over first come, first served. Run twice: the solver from scratch (construction
 * heuristic, then local search), and as the platform runs it (starting from first come, first
 * served). Run by bench/PlannerBench.java.
 *
 * <p>Usage: PlannerBenchmark [SECONDS=60] [CASES=1000] [CENTRES=20] [FACILITIES=5] [MAX_WAIT=180]
 */
public final class PlannerBenchmark {

  private record Best(long millis, HardMediumSoftLongScore score) {}

  /** The positional arguments, each optional, as bench/PlannerBench.java passes them. */
  @Command(name = "PlannerBenchmark")
  static final class Arguments {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "prints this usage")
    boolean help;

    @Parameters(index = "0", arity = "0..1", defaultValue = "60", paramLabel = "SECONDS",
        description = "seconds per run (default ${DEFAULT-VALUE})")
    int seconds;

    @Parameters(index = "1", arity = "0..1", defaultValue = "1000", paramLabel = "CASES",
        description = "waiting cases (default ${DEFAULT-VALUE})")
    int cases;

    @Parameters(index = "2", arity = "0..1", defaultValue = "20", paramLabel = "CENTRES",
        description = "centres (default ${DEFAULT-VALUE})")
    int centres;

    @Parameters(index = "3", arity = "0..1", defaultValue = "5", paramLabel = "FACILITIES",
        description = "facilities (default ${DEFAULT-VALUE})")
    int facilities;

    @Parameters(index = "4", arity = "0..1", defaultValue = "180", paramLabel = "MAX_WAIT",
        description = "max wait, days (default ${DEFAULT-VALUE})")
    int maxWait;
  }

  private PlannerBenchmark() {}

  public static void main(String[] args) {
    Arguments arguments = new Arguments();
    CommandLine line = new CommandLine(arguments);
    try {
      line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("PlannerBenchmark: " + e.getMessage());
      line.usage(System.err);
      System.exit(2);
    }
    if (line.isUsageHelpRequested()) {
      line.usage(System.out);
      return;
    }
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    int seconds = arguments.seconds;
    PlanningInstances.Shape shape =
        new PlanningInstances.Shape(
            arguments.cases, arguments.centres, arguments.facilities, 26, arguments.maxWait);
    PrintStream out = System.out;
    out.printf(
        "planner benchmark: %d cases, %d centres, %d facilities, 26 weeks, max wait %d d,"
            + " %d s per run, %d cores%n",
        shape.cases(),
        shape.centres(),
        shape.facilities(),
        shape.maxWaitDays(),
        seconds,
        Runtime.getRuntime().availableProcessors());
    SolverFactory<Plan> solvers =
        SolverFactory.create(PlannerConfig.solverConfig(Duration.ofSeconds(seconds)));

    Plan problem = instance(shape);
    long t0 = System.nanoTime();
    PlanOutcome fifo = PlanOutcome.of(problem, GreedyAllocation.firstComeFirstServed(problem));
    out.printf(
        "  first come, first served: %.1f d weighted mean wait, max %d d, %d over max,"
            + " %d unassigned (%d ms)%n",
        fifo.weightedMeanWaitDays(),
        fifo.maxWaitDays(),
        fifo.overMaximum(),
        fifo.unassigned(),
        (System.nanoTime() - t0) / 1_000_000);

    List<Best> scratch = new ArrayList<>();
    Solver<Plan> solver =
        solvers.buildSolver(
            new SolverConfigOverride<Plan>()
                .withTerminationSpentLimit(Duration.ofSeconds(seconds)));
    solver.addEventListener(
        e -> {
          if (e.isNewBestSolutionInitialized()) {
            scratch.add(
                new Best(e.getTimeMillisSpent(), (HardMediumSoftLongScore) e.getNewBestScore()));
          }
        });
    Plan fromScratch = solver.solve(instance(shape));
    report(out, "solver from scratch", scratch, fromScratch, fifo);

    List<Best> warm = new ArrayList<>();
    Planner.Result result =
        Planner.solve(
            solvers,
            instance(shape),
            Duration.ofSeconds(seconds),
            (millis, score) -> warm.add(new Best(millis, score)));
    report(out, "solver from FCFS (as the platform runs it)", warm, result.plan(), fifo);
  }

  private static Plan instance(PlanningInstances.Shape shape) {
    return PlanningInstances.generate(20261124L, shape, LocalDate.of(2026, 12, 1));
  }

  private static void report(
      PrintStream out, String name, List<Best> events, Plan solved, PlanOutcome fifo) {
    PlanOutcome outcome = PlanOutcome.of(solved, PlanOutcome.choicesIn(solved));
    HardMediumSoftLongScore best = solved.score();
    String firstFeasible =
        events.stream()
            .filter(b -> b.score().hardScore() == 0)
            .findFirst()
            .map(b -> b.millis() + " ms")
            .orElse("never");
    String fair =
        events.stream()
            .filter(b -> b.score().hardScore() == 0 && b.score().mediumScore() == 0)
            .findFirst()
            .map(b -> b.millis() + " ms")
            .orElse("never");
    String within1 =
        events.stream()
            .filter(
                b ->
                    b.score().hardScore() == best.hardScore()
                        && b.score().mediumScore() == best.mediumScore()
                        && Math.abs(b.score().softScore() - best.softScore())
                            <= 0.01 * Math.abs(best.softScore()))
            .findFirst()
            .map(b -> b.millis() + " ms")
            .orElse("never");
    out.printf("  %s: best %s%n", name, best);
    out.printf(
        "    first feasible plan %s; first feasible with nobody over max %s;"
            + " within 1%% of best %s%n",
        firstFeasible, fair, within1);
    out.printf(
        "    weighted mean wait %.1f d (FCFS %.1f d): %.1f%% better; max %d d; %d over max;"
            + " %d unassigned%n",
        outcome.weightedMeanWaitDays(),
        fifo.weightedMeanWaitDays(),
        100
            * (fifo.weightedMeanWaitDays() - outcome.weightedMeanWaitDays())
            / fifo.weightedMeanWaitDays(),
        outcome.maxWaitDays(),
        outcome.overMaximum(),
        outcome.unassigned());
  }
}
