package org.openv2v.simulation.queue;

import org.openv2v.simulation.engine.Estimate;

/**
 * The queue's measures across replications. The wait's confidence interval comes from the
 * replications when there are at least two, otherwise from batch means within the one replication.
 * {@code customers} counts the measured customers of all replications.
 */
public record QueueReport(
    Estimate meanWait,
    double probabilityOfWaiting,
    double meanQueueLength,
    double utilization,
    double abandonFraction,
    long customers,
    long events) {}
