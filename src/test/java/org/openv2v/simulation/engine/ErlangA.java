package org.openv2v.simulation.engine;

/**
 * The M/M/c+M queue (Erlang A): waiting customers abandon at rate θ each. Solved exactly as a
 * birth–death chain with birth rate λ and death rate min(n, c)·μ + max(n − c, 0)·θ, summed until
 * the terms vanish (evidence §6.1). P(abandon) = θ·Lq/λ; Wq over all arrivals = Lq/λ.
 */
public final class ErlangA {

  private final double arrivalRate;
  private final int servers;
  private final double probabilityOfWaiting;
  private final double meanQueueLength;
  private final double meanInSystem;
  private final double abandonRate;

  public ErlangA(double arrivalRate, double serviceRate, int servers, double patienceRate) {
    if (!(arrivalRate > 0 && serviceRate > 0 && servers >= 1 && patienceRate >= 0)) {
      throw new IllegalArgumentException("Rates must be > 0, patience >= 0 and servers >= 1");
    }
    if (patienceRate == 0 && arrivalRate >= servers * serviceRate) {
      throw new IllegalArgumentException("Unstable: λ >= cμ and nobody abandons");
    }
    this.arrivalRate = arrivalRate;
    this.servers = servers;
    this.abandonRate = patienceRate;
    double term = 1;
    double total = 1;
    double waiting = 0;
    double queued = 0;
    double inSystem = 0;
    for (int n = 1; ; n++) {
      double death = Math.min(n, servers) * serviceRate + Math.max(n - servers, 0) * patienceRate;
      term *= arrivalRate / death;
      total += term;
      if (n >= servers) {
        waiting += term;
        queued += (n - servers) * term;
      }
      inSystem += n * term;
      if (total > 1e250) {
        term /= total;
        waiting /= total;
        queued /= total;
        inSystem /= total;
        total = 1;
      }
      if (n > servers && term < 1e-17 * total) {
        break;
      }
    }
    this.probabilityOfWaiting = waiting / total;
    this.meanQueueLength = queued / total;
    this.meanInSystem = inSystem / total;
  }

  /** Probability that an arrival finds every server busy (PASTA). */
  public double probabilityOfWaiting() {
    return probabilityOfWaiting;
  }

  public double meanQueueLength() {
    return meanQueueLength;
  }

  /** Mean time in the queue over all arrivals, those who abandon included. */
  public double meanWait() {
    return meanQueueLength / arrivalRate;
  }

  public double probabilityOfAbandoning() {
    return abandonRate * meanQueueLength / arrivalRate;
  }

  public double meanInSystem() {
    return meanInSystem;
  }

  public double utilization() {
    return (meanInSystem - meanQueueLength) / servers;
  }
}
