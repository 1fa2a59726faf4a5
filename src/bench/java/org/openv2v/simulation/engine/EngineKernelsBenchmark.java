package org.openv2v.simulation.engine;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's kernels, one operation each (issue 17): the event calendar's hold operation (take
 * the earliest event, schedule one a random time later, at a steady number of pending events), a
 * seize and release of a resource with a line, and an exponential draw. Run with bench/jmh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineKernelsBenchmark {

  /** Pending events: 2 is an M/M/1 queue, thousands a national network. */
  @Param({"2", "1000", "100000"})
  int pending;

  private EventCalendar calendar;
  private ContinuousSampler exponential;
  private Resource servers;
  private int subject;

  @Setup(Level.Trial)
  public void setUp() {
    UniformRandomProvider stream = RandomStreams.replications(17, 1).get(0);
    exponential = new Distribution.Exponential(1.0).sampler(stream);
    calendar = new EventCalendar();
    for (int i = 0; i < pending; i++) {
      calendar.schedule(exponential.sample() * pending, 0, i);
    }
    servers = new Resource("servers", 4);
  }

  @Benchmark
  public int calendarHold() {
    calendar.next();
    int s = calendar.subject();
    calendar.schedule(calendar.now() + exponential.sample() * pending, 1, s);
    return s;
  }

  @Benchmark
  public double exponentialDraw() {
    return exponential.sample();
  }

  @Benchmark
  public int seizeAndRelease() {
    double now = subject;
    int s = subject++ & 0xFFFF;
    servers.seize(s, s & 3, now);
    if (servers.waiting() > 8) {
      return servers.release(now);
    }
    return s;
  }
}
