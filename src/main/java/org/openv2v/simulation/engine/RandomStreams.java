package org.openv2v.simulation.engine;

import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams derived from one seed. XoRoShiRo128++ (Blackman &amp; Vigna) has a
 * period of 2^128 and cheap jumps: replication i starts 2^96·i steps into the sequence (long jump),
 * and the sub-streams a model uses within a replication lie 2^64 apart (jump). The streams depend
 * only on the seed and the replication index, never on the threads that run them.
 */
public final class RandomStreams {

  private RandomStreams() {}

  /** One stream per replication, in replication order. */
  public static List<UniformRandomProvider> replications(long seed, int count) {
    LongJumpableUniformRandomProvider base =
        (LongJumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    return base.longJumps(count).map(UniformRandomProvider.class::cast).toList();
  }

  /** {@code count} non-overlapping sub-streams of a replication's stream (arrivals, services…). */
  public static UniformRandomProvider[] substreams(UniformRandomProvider stream, int count) {
    return ((JumpableUniformRandomProvider) stream)
        .jumps(count)
        .toArray(UniformRandomProvider[]::new);
  }
}
