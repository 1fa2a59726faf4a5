package org.openv2v.economics.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import org.openv2v.economics.scenario.BuiltInModels;
import org.openv2v.economics.scenario.ProbabilisticAnalysis;
import org.openv2v.economics.scenario.Scenario;

/**
 * {@code economics --bench [N]}: PSA iterations per second of each built-in model, on one thread
 * and on all cores, after a warm-up. Prints figures only (docs/benchmarks.md).
 */
final class EconomicsBench {

  private EconomicsBench() {}

  /** The process's CPU time, so that figures on a shared machine can be read without its load. */
  private static long cpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  static void run(int iterations, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Economics PSA benchmark, %d cores, %s, %d iterations%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        iterations);
    for (String name : BuiltInModels.NAMES) {
      Scenario scenario = new Scenario(BuiltInModels.load(name), Optional.empty());
      ProbabilisticAnalysis.run(scenario, Math.max(200, iterations / 5), 99, true, p -> {});
      for (boolean parallel : new boolean[] {false, true}) {
        long cpu = cpuNanos();
        ProbabilisticAnalysis.Result r =
            ProbabilisticAnalysis.run(scenario, iterations, 1, parallel, p -> {});
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        out.printf(
            Locale.ROOT,
            "%-26s %-9s %8d iterations %7.2f s %9.0f iterations/s %9.0f per CPU-second%n",
            name,
            parallel ? "parallel" : "1 thread",
            iterations,
            r.seconds(),
            iterations / r.seconds(),
            cpuSeconds > 0 ? iterations / cpuSeconds : Double.NaN);
      }
    }
  }
}
