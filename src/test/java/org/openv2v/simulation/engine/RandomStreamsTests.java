package org.openv2v.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The streams are made without {@code RandomSource} (for start-up time) and must stay exactly those
 * {@code RandomSource} made, or every seeded result would change.
 */
class RandomStreamsTests {

  @Property(tries = 200)
  void the_direct_seeding_gives_randomsources_sequence(@ForAll long seed) {
    UniformRandomProvider expected = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    UniformRandomProvider actual = RandomStreams.seeded(seed);
    for (int i = 0; i < 64; i++) {
      assertThat(actual.nextLong()).isEqualTo(expected.nextLong());
    }
  }

  @Test
  void replication_streams_are_the_long_jumps_of_the_seeded_generator() {
    for (long seed : new long[] {0, 1, 7, 20261203, -1, Long.MIN_VALUE}) {
      List<UniformRandomProvider> expected =
          ((LongJumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed))
              .longJumps(5)
              .map(UniformRandomProvider.class::cast)
              .toList();
      List<UniformRandomProvider> actual = RandomStreams.replications(seed, 5);
      for (int r = 0; r < 5; r++) {
        UniformRandomProvider[] expectedSubs =
            ((org.apache.commons.rng.JumpableUniformRandomProvider) expected.get(r))
                .jumps(3)
                .toArray(UniformRandomProvider[]::new);
        UniformRandomProvider[] actualSubs = RandomStreams.substreams(actual.get(r), 3);
        for (int s = 0; s < 3; s++) {
          for (int i = 0; i < 16; i++) {
            assertThat(actualSubs[s].nextLong()).isEqualTo(expectedSubs[s].nextLong());
          }
        }
        assertThat(actual.get(r).nextLong()).isEqualTo(expected.get(r).nextLong());
      }
    }
  }
}
