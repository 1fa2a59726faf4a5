package org.openv2v.simulation.queue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.openv2v.simulation.engine.Distribution;
import org.openv2v.simulation.engine.EventCalendar;
import org.openv2v.simulation.engine.ExponentialDraws;
import org.openv2v.simulation.engine.RandomStreams;
import org.openv2v.simulation.engine.Resource;

/**
 * One replication of an M/M/c(+M) queue on the event calendar. Customers are numbered in arrival
 * order; those numbered from {@code warmup} on are measured. Time averages (queue length,
 * utilization) run from the arrival of the first measured customer to the last arrival, so the
 * drain after arrivals stop does not dilute them. Customer records live in a small pool recycled as
 * customers leave, so memory does not grow with the number of customers.
 */
final class QueueReplication {

  private static final int ARRIVAL = 0;
  private static final int DEPARTURE = 1;
  private static final int ABANDONMENT = 2;

  private final QueueModel model;
  private final EventCalendar calendar = new EventCalendar();
  private final Resource servers;
  private final ExponentialDraws interarrival;
  private final ExponentialDraws service;
  private final ExponentialDraws patience;

  private double[] arrivedAt = new double[64];
  private long[] number = new long[64];
  private boolean[] inQueueOrService = new boolean[64];
  private boolean[] abandonmentPending = new boolean[64];
  private int[] free = new int[64];
  private int freeCount;
  private int allocated;

  private long arrivals;
  private final double[] waitSums = new double[2];
  private final long[] waitedCounts = new long[2];
  private long abandoned;
  private final double[] batchSums = new double[QueueModel.BATCHES + 1];
  private final long[] batchCounts = new long[QueueModel.BATCHES + 1];
  private final long batchSize;
  private int lastBatch;
  private double windowStart;
  private double windowEnd;
  private double busyArea;
  private double queueArea;

  QueueReplication(QueueModel model, UniformRandomProvider stream) {
    this.model = model;
    UniformRandomProvider[] streams = RandomStreams.substreams(stream, 3);
    this.interarrival =
        new ExponentialDraws(Distribution.Exponential.ofRate(model.arrivalRate()), streams[0]);
    this.service =
        new ExponentialDraws(Distribution.Exponential.ofRate(model.serviceRate()), streams[1]);
    this.patience =
        model.patienceRate() > 0
            ? new ExponentialDraws(
                Distribution.Exponential.ofRate(model.patienceRate()), streams[2])
            : null;
    this.servers = new Resource("servers", model.servers());
    this.batchSize = Math.max(1, model.measured() / QueueModel.BATCHES);
  }

  QueueOutcome run() {
    calendar.schedule(interarrival.sample(), ARRIVAL, -1);
    // Warm-up and measurement run in two loops, and the per-customer measures take no branch on
    // "measured or not": a branch that flips once after warm-up makes the JIT throw away and
    // redo the code it compiled during warm-up (issue 17: start-up counts in the whole process).
    while (!calendar.isEmpty()) {
      calendar.next();
      if (calendar.kind() == ARRIVAL && arrivals == model.warmup()) {
        servers.restartStatistics(calendar.now());
        windowStart = calendar.now();
        handle();
        break;
      }
      handle();
    }
    while (!calendar.isEmpty()) {
      calendar.next();
      handle();
    }
    double waitSum = waitSums[1];
    long waited = waitedCounts[1];
    double window = windowEnd - windowStart;
    long measured = model.measured();
    double[] batchMeans = new double[QueueModel.BATCHES];
    for (int b = 0; b < batchMeans.length; b++) {
      batchMeans[b] = batchCounts[b] > 0 ? batchSums[b] / batchCounts[b] : 0;
    }
    int usedBatches = (int) Math.min(QueueModel.BATCHES, measured);
    return new QueueOutcome(
        waitSum / measured,
        Arrays.copyOf(batchMeans, usedBatches),
        (double) waited / measured,
        window > 0 ? queueArea / window : 0,
        window > 0 ? busyArea / window / model.servers() : 0,
        (double) abandoned / measured,
        measured,
        calendar.scheduled());
  }

  private void handle() {
    int customer = calendar.subject();
    switch (calendar.kind()) {
      case ARRIVAL -> arrive();
      case DEPARTURE -> depart(customer);
      default -> abandon(customer);
    }
  }

  private void arrive() {
    double now = calendar.now();
    long n = arrivals++;
    int customer = allocate();
    arrivedAt[customer] = now;
    number[customer] = n;
    inQueueOrService[customer] = true;
    if (servers.seize(customer, 0, now)) {
      finishWaiting(customer, now, false);
      calendar.schedule(now + service.sample(), DEPARTURE, customer);
    } else if (patience != null) {
      abandonmentPending[customer] = true;
      calendar.schedule(now + patience.sample(), ABANDONMENT, customer);
    }
    if (arrivals < model.customers()) {
      calendar.schedule(now + interarrival.sample(), ARRIVAL, -1);
    } else {
      windowEnd = now;
      busyArea = servers.busyArea(now);
      queueArea = servers.meanLineLength(now) * (now - windowStart);
    }
  }

  private void depart(int customer) {
    double now = calendar.now();
    inQueueOrService[customer] = false;
    recycle(customer);
    int next = servers.release(now);
    if (next >= 0) {
      finishWaiting(next, now, true);
      calendar.schedule(now + service.sample(), DEPARTURE, next);
    }
  }

  private void abandon(int customer) {
    double now = calendar.now();
    abandonmentPending[customer] = false;
    if (servers.renege(customer, now)) {
      finishWaiting(customer, now, true);
      abandoned += measured(number[customer] - model.warmup());
      inQueueOrService[customer] = false;
    }
    recycle(customer);
  }

  private void finishWaiting(int customer, double now, boolean hadToWait) {
    long k = number[customer] - model.warmup();
    int measured = measured(k);
    double wait = now - arrivedAt[customer];
    // Index 1 (and batches 0..BATCHES-1) for measured customers, 0 (and slot BATCHES) for warm-up:
    // the measured sums get the same additions in the same order as with a branch.
    waitSums[measured] += wait;
    if (hadToWait) {
      waitedCounts[measured]++;
    }
    int batch = batchOf(Math.max(k, 0));
    int slot = batch + ((measured - 1) & (QueueModel.BATCHES - batch));
    batchSums[slot] += wait;
    batchCounts[slot]++;
  }

  /** 1 when customer number {@code k} after warm-up is measured (k >= 0), else 0; no branch. */
  private static int measured(long k) {
    return (int) (~k >>> 63);
  }

  /**
   * {@code min(BATCHES - 1, k / batchSize)} without a 64-bit division per customer: customers
   * finish waiting almost in arrival order, so the batch of the last one is a step or none away.
   */
  private int batchOf(long k) {
    int batch = lastBatch;
    while (batch < QueueModel.BATCHES - 1 && k >= (batch + 1) * batchSize) {
      batch++;
    }
    while (batch > 0 && k < batch * batchSize) {
      batch--;
    }
    lastBatch = batch;
    return batch;
  }

  private int allocate() {
    if (freeCount > 0) {
      return free[--freeCount];
    }
    if (allocated == arrivedAt.length) {
      int capacity = allocated * 2;
      arrivedAt = Arrays.copyOf(arrivedAt, capacity);
      number = Arrays.copyOf(number, capacity);
      inQueueOrService = Arrays.copyOf(inQueueOrService, capacity);
      abandonmentPending = Arrays.copyOf(abandonmentPending, capacity);
      free = Arrays.copyOf(free, capacity);
    }
    return allocated++;
  }

  /** A record is reused only once the customer has left and no abandonment event names it. */
  private void recycle(int customer) {
    if (!inQueueOrService[customer] && !abandonmentPending[customer]) {
      free[freeCount++] = customer;
    }
  }
}
