package org.openv2v.simulation.queue;

/** What one replication of the queue measured after its warm-up. */
record QueueOutcome(
    double meanWait,
    double[] batchMeanWaits,
    double probabilityOfWaiting,
    double meanQueueLength,
    double utilization,
    double abandonFraction,
    long measured,
    long events) {}
