package org.openv2v.simulation.queue;

/**
 * An M/M/c queue, or M/M/c+M (Erlang A) when waiting customers abandon at {@code patienceRate} each
 * (0: nobody abandons). Each replication lets {@code customers} arrive and deletes the first {@code
 * warmup} of them from the statistics. Times are in the unit of the rates.
 */
public record QueueModel(
    double arrivalRate,
    double serviceRate,
    int servers,
    double patienceRate,
    long customers,
    long warmup) {

  /** Batch means per replication, for a confidence interval from a single replication. */
  static final int BATCHES = 20;

  public QueueModel {
    check(arrivalRate > 0 && Double.isFinite(arrivalRate), "--arrival-rate must be > 0");
    check(serviceRate > 0 && Double.isFinite(serviceRate), "--service-rate must be > 0");
    check(servers >= 1, "--servers must be >= 1");
    check(patienceRate >= 0 && Double.isFinite(patienceRate), "--patience-rate must be >= 0");
    check(customers >= 1 && customers <= Integer.MAX_VALUE, "--customers must be 1..2^31-1");
    check(warmup >= 0 && warmup < customers, "--warmup must be >= 0 and < --customers");
    check(
        patienceRate > 0 || arrivalRate < servers * serviceRate,
        "the queue is unstable (arrival rate >= servers x service rate) and nobody abandons;"
            + " give --patience-rate or more --servers");
  }

  public long measured() {
    return customers - warmup;
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
