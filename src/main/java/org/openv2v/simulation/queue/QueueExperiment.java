package org.openv2v.simulation.queue;

import java.util.List;
import java.util.function.IntConsumer;
import org.openv2v.simulation.engine.Estimate;
import org.openv2v.simulation.engine.Replications;

/** Replications of a {@link QueueModel} in parallel, summarised in replication order. */
public final class QueueExperiment {

  private QueueExperiment() {}

  public static QueueReport run(
      QueueModel model, int replications, long seed, int threads, IntConsumer progress) {
    List<QueueOutcome> outcomes =
        Replications.run(
            replications,
            seed,
            threads,
            progress,
            (index, stream) -> new QueueReplication(model, stream).run());
    int n = outcomes.size();
    double[] waits = new double[n];
    double probWait = 0;
    double queueLength = 0;
    double utilization = 0;
    double abandon = 0;
    long customers = 0;
    long events = 0;
    for (int i = 0; i < n; i++) {
      QueueOutcome o = outcomes.get(i);
      waits[i] = o.meanWait();
      probWait += o.probabilityOfWaiting();
      queueLength += o.meanQueueLength();
      utilization += o.utilization();
      abandon += o.abandonFraction();
      customers += o.measured();
      events += o.events();
    }
    Estimate wait = n >= 2 ? Estimate.of(waits) : batchEstimate(outcomes.get(0));
    return new QueueReport(
        wait, probWait / n, queueLength / n, utilization / n, abandon / n, customers, events);
  }

  private static Estimate batchEstimate(QueueOutcome only) {
    Estimate batches = Estimate.of(only.batchMeanWaits());
    double half = batches.halfWidth();
    return new Estimate(
        only.meanWait(), only.meanWait() - half, only.meanWait() + half, batches.observations());
  }
}
