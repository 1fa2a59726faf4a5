package org.openv2v.simulation.engine;

/**
 * The M/M/c queue in steady state (Erlang C). C(c, a) is computed from Erlang B by the stable
 * recursion B(k) = a·B(k−1) / (k + a·B(k−1)), then C = c·B / (c − a(1 − B)). Wq = C / (cμ − λ), Lq
 * = λ·Wq. Formulas as in evidence §6.1 (Octave queueing {@code erlangc}).
 */
public record ErlangC(double arrivalRate, double serviceRate, int servers) {

  public ErlangC {
    if (!(arrivalRate > 0 && serviceRate > 0 && servers >= 1)) {
      throw new IllegalArgumentException("Rates must be > 0 and servers >= 1");
    }
    if (arrivalRate >= servers * serviceRate) {
      throw new IllegalArgumentException("Unstable: λ >= cμ");
    }
  }

  public double offeredLoad() {
    return arrivalRate / serviceRate;
  }

  public double utilization() {
    return offeredLoad() / servers;
  }

  public double probabilityOfWaiting() {
    double a = offeredLoad();
    double b = 1;
    for (int k = 1; k <= servers; k++) {
      b = a * b / (k + a * b);
    }
    return servers * b / (servers - a * (1 - b));
  }

  public double meanWait() {
    return probabilityOfWaiting() / (servers * serviceRate - arrivalRate);
  }

  public double meanQueueLength() {
    return arrivalRate * meanWait();
  }
}
