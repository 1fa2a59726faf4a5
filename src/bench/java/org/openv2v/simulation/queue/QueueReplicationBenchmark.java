package org.openv2v.simulation.queue;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openv2v.simulation.engine.RandomStreams;

/**
 * One M/M/1 replication at rho 0.9 with 100,000 customers (200,000 events), warmed up: the engine's
 * steady-state cost per event without start-up or JIT warm-up (divide the time by 200,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueueReplicationBenchmark {

  private final QueueModel model = new QueueModel(0.9, 1, 1, 0, 100_000, 1_000);

  @Benchmark
  public QueueOutcome mm1() {
    return new QueueReplication(model, RandomStreams.replications(1, 1).get(0)).run();
  }
}
