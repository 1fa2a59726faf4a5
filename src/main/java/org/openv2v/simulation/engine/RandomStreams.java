package org.openv2v.simulation.engine;

import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

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
    LongJumpableUniformRandomProvider base = seeded(seed);
    // longJump() answers a copy and moves the base on: the same streams as base.longJumps(count),
    // without the stream pipeline's start-up cost on the command line.
    UniformRandomProvider[] streams = new UniformRandomProvider[count];
    for (int i = 0; i < count; i++) {
      streams[i] = base.longJump();
    }
    return List.of(streams);
  }

  /** {@code count} non-overlapping sub-streams of a replication's stream (arrivals, services…). */
  public static UniformRandomProvider[] substreams(UniformRandomProvider stream, int count) {
    JumpableUniformRandomProvider jumpable = (JumpableUniformRandomProvider) stream;
    UniformRandomProvider[] streams = new UniformRandomProvider[count];
    for (int i = 0; i < count; i++) {
      streams[i] = jumpable.jump();
    }
    return streams;
  }

  /**
   * XoRoShiRo128++ seeded as {@code RandomSource.XO_RO_SHI_RO_128_PP.create(seed)} seeds it (the
   * long expanded to two words by SplitMix64), made directly: {@code RandomSource} would first load
   * and register every generator Commons RNG has, about 60 classes, on every start.
   */
  static XoRoShiRo128PlusPlus seeded(long seed) {
    long state = seed;
    long[] words = new long[2];
    for (int i = 0; i < words.length; i++) {
      state += GOLDEN_GAMMA;
      words[i] = splitMix(state);
    }
    return new XoRoShiRo128PlusPlus(words);
  }

  /** SplitMix64's increment (the golden ratio in 64 bits). */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  /** SplitMix64's finaliser (Stafford's mix 13). */
  private static long splitMix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
