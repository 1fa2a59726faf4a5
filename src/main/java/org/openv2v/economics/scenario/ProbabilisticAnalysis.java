package org.openv2v.economics.scenario;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.openv2v.economics.model.DecisionUncertainty;

/**
 * Probabilistic sensitivity analysis: each iteration draws every parameter that has a distribution
 * and evaluates the model. Iteration i draws from its own generator seeded by (seed, i), so results
 * depend only on the seed, never on the number of threads or their timing.
 */
public final class ProbabilisticAnalysis {

  private ProbabilisticAnalysis() {}

  /** The iterations' per-arm costs, QALYs and LYs, arms in model order. */
  public record Result(
      List<String> arms,
      double[][] costs,
      double[][] qalys,
      double[][] lys,
      long seed,
      double seconds) {

    public DecisionUncertainty decision() {
      return new DecisionUncertainty(costs, qalys);
    }
  }

  public static Result run(
      Scenario scenario, int iterations, long seed, boolean parallel, DoubleConsumer progress) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1");
    }
    ModelSpec spec = scenario.spec();
    List<Parameter> parameters = spec.parameters();
    double[] base = spec.baseValues();
    int arms = spec.arms().size();
    double[][] costs = new double[iterations][arms];
    double[][] qalys = new double[iterations][arms];
    double[][] lys = new double[iterations][arms];
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    IntStream range = IntStream.range(0, iterations);
    (parallel ? range.parallel() : range)
        .forEach(
            i -> {
              double[] v = draw(parameters, base, generator(seed, i));
              ScenarioResult r = scenario.evaluate(v, false);
              for (int a = 0; a < arms; a++) {
                ArmOutcome outcome = r.arms().get(a);
                costs[i][a] = outcome.costs();
                qalys[i][a] = outcome.qalys();
                lys[i][a] = outcome.lys();
              }
              int n = done.incrementAndGet();
              if (n % 100 == 0 || n == iterations) {
                progress.accept((double) n / iterations);
              }
            });
    return new Result(
        spec.arms().stream().map(ModelSpec.Arm::name).toList(),
        costs,
        qalys,
        lys,
        seed,
        (System.nanoTime() - start) / 1e9);
  }

  static double[] draw(List<Parameter> parameters, double[] base, UniformRandomProvider random) {
    double[] v = base.clone();
    for (int p = 0; p < parameters.size(); p++) {
      Parameter parameter = parameters.get(p);
      if (parameter.distribution().isPresent()) {
        v[p] = parameter.distribution().get().sample(random);
      }
    }
    return v;
  }

  /**
   * XoRoShiRo128++ on the two words, made directly: {@code RandomSource.XO_RO_SHI_RO_128_PP.create}
   * gives the same generator for two words but finds its constructor by reflection on every one of
   * the PSA's iterations.
   */
  static UniformRandomProvider generator(long seed, int iteration) {
    return new XoRoShiRo128PlusPlus(
        new long[] {mix(seed), mix(seed ^ mix(iteration + 0x632BE59BD9B4E019L))});
  }

  /** SplitMix64's finaliser: spreads nearby seeds and iteration numbers apart. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
