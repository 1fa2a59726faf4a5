package org.openv2v.simulation.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Exponential draws where the model knows the distribution is exponential (the queue): the same
 * numbers as {@link Distribution.Exponential#sampler}, made without virtual dispatch. Commons RNG's
 * sampler of a given mean is a subclass that answers {@code super.sample() * mean}; this class
 * holds the unit sampler and multiplies here, which gives the same doubles. Both calls are then to
 * a final class and to a class with no subclass loaded, so the quick compiler (C1) can inline them,
 * where a call through {@code ContinuousSampler} stays an interface call (issue 17).
 */
public final class ExponentialDraws {

  private final ZigguratSampler.Exponential unit;
  private final double mean;

  public ExponentialDraws(Distribution.Exponential distribution, UniformRandomProvider rng) {
    this.unit = ZigguratSampler.Exponential.of(rng);
    this.mean = distribution.mean();
  }

  public double sample() {
    return unit.sample() * mean;
  }
}
