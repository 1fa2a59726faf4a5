package org.openv2v.forecast.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.forecast.domain.ForwardSimulation;
import org.openv2v.forecast.domain.Pathway;
import org.openv2v.forecast.domain.Queue;
import org.openv2v.forecast.domain.QueuedCase;
import org.openv2v.forecast.internal.LiveQueue;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.network.BuiltInScenarios;
import org.openv2v.simulation.network.NetworkScenario;
import org.openv2v.simulation.reference.ReferenceVocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Forecast refresh times: the forward simulation of a seeded synthetic queue of open cases (states
 * in the proportions below, five facilities with enough weekly slots that the waitlist is about six
 * weeks long) with the platform's settings (400 replications, 78 weeks, the korea-2023 pathway),
 * for 1 case, 1,000 and 10,000. Each size is run a few times after a warm-up; the best and the
 * median wall time are printed. Run by bench/ForecastBench.java; test code of the jmh profile
 * (src/bench/java), so it does not ship in the jar.
 *
 * <p>Usage: ForecastBenchmark [THREADS=2] [REPLICATIONS=400] [SIZES=1,1000,10000] [REPEATS=5]
 */
public final class ForecastBenchmark {

  /** The states of the synthetic queue and their shares (about the demo's mix). */
  private static final CaseState[] STATES = {
    CaseState.REFERRED, CaseState.ELIGIBILITY_CONFIRMED, CaseState.PAYER_APPROVED,
    CaseState.APHERESIS_SCHEDULED, CaseState.SHIPPED_TO_MANUFACTURER, CaseState.IN_MANUFACTURING,
    CaseState.MANUFACTURING_FAILED, CaseState.SHIPPED_TO_SITE, CaseState.LYMPHODEPLETION
  };

  private static final double[] SHARES = {0.15, 0.10, 0.15, 0.15, 0.05, 0.20, 0.05, 0.05, 0.10};

  /** The positional arguments, each optional, as bench/ForecastBench.java passes them. */
  @Command(name = "ForecastBenchmark")
  static final class Arguments {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "prints this usage")
    boolean help;

    @Parameters(index = "0", arity = "0..1", defaultValue = "2", paramLabel = "THREADS",
        description = "threads (default ${DEFAULT-VALUE})")
    int threads;

    @Parameters(index = "1", arity = "0..1", defaultValue = "400", paramLabel = "REPLICATIONS",
        description = "replications (default ${DEFAULT-VALUE})")
    int replications;

    @Parameters(
        index = "2",
        arity = "0..1",
        split = "\\s*,\\s*",
        splitSynopsisLabel = ",",
        defaultValue = "1,1000,10000",
        paramLabel = "SIZES",
        description = "open cases per run, comma-separated (default ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Parameters(index = "3", arity = "0..1", defaultValue = "5", paramLabel = "REPEATS",
        description = "runs per size (default ${DEFAULT-VALUE})")
    int repeats;
  }

  private ForecastBenchmark() {}

  public static void main(String[] args) {
    Arguments arguments = new Arguments();
    CommandLine line = new CommandLine(arguments);
    try {
      line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("ForecastBenchmark: " + e.getMessage());
      line.usage(System.err);
      System.exit(2);
    }
    if (line.isUsageHelpRequested()) {
      line.usage(System.out);
      return;
    }
    int threads = arguments.threads;
    int replications = arguments.replications;
    int repeats = arguments.repeats;
    PrintStream out = System.out;
    NetworkScenario scenario = BuiltInScenarios.load("korea-2023", ReferenceVocabulary.get());
    Pathway pathway = LiveQueue.pathwayOf(scenario);
    out.printf(
        "Forecast refresh (forward simulation only), %d threads, %d replications, %d cores%n",
        threads, replications, Runtime.getRuntime().availableProcessors());
    // Warm-up: let the JIT compile the kernel before anything is timed.
    run(instance(1000, scenario, 1), pathway, replications, threads);
    for (int n : arguments.sizes) {
      Instance instance = instance(n, scenario, 42);
      double[] seconds = new double[repeats];
      for (int r = 0; r < repeats; r++) {
        long t0 = System.nanoTime();
        run(instance, pathway, replications, threads);
        seconds[r] = (System.nanoTime() - t0) / 1e9;
      }
      java.util.Arrays.sort(seconds);
      out.printf(
          "%,7d open cases: best %.3f s, median %.3f s (%d runs)%n",
          n, seconds[0], seconds[repeats / 2], repeats);
    }
  }

  private record Instance(List<QueuedCase> cases, Map<String, Queue> queues) {}

  private static void run(Instance instance, Pathway pathway, int replications, int threads) {
    new ForwardSimulation(instance.cases(), instance.queues(), pathway, 78)
        .run(replications, 20261203, threads);
  }

  private static Instance instance(int n, NetworkScenario scenario, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Queue> queues = new HashMap<>();
    int facilities = 5;
    int perWeek = Math.max(1, n / 100);
    for (int f = 0; f < facilities; f++) {
      int[] free = new int[26];
      java.util.Arrays.fill(free, perWeek);
      queues.put(
          "F" + f,
          new Queue(
              "F" + f,
              free,
              -random.nextInt(7),
              perWeek,
              Distribution.LogNormal.ofMedian(2, 0.3),
              Distribution.LogNormal.ofMedian(21, 0.25),
              Distribution.LogNormal.ofMedian(2, 0.3),
              3));
    }
    NetworkScenario.Hazards h = scenario.hazardsOf("DLBCL");
    QueuedCase.Hazards hazards =
        new QueuedCase.Hazards(h.progressionPerDay(), h.deathPerDay(), h.afterApheresis());
    List<QueuedCase> cases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CaseState state = pick(random.nextDouble());
      String queue = "F" + random.nextInt(facilities);
      boolean booked = state == CaseState.APHERESIS_SCHEDULED;
      double days = random.nextDouble() * 10;
      cases.add(
          new QueuedCase(
              new UUID(seed, i),
              state,
              days,
              hazards,
              queue,
              booked ? 1 + random.nextInt(14) : Double.NaN,
              booked ? random.nextInt(3) : -1,
              1 + random.nextInt(3),
              -days,
              1));
    }
    return new Instance(cases, queues);
  }

  private static CaseState pick(double u) {
    double sum = 0;
    for (int i = 0; i < STATES.length; i++) {
      sum += SHARES[i];
      if (u < sum) {
        return STATES[i];
      }
    }
    return STATES[STATES.length - 1];
  }
}
