package org.openv2v.simulation.engine;

import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A non-negative random duration or quantity. Each variant makes a sampler bound to one random
 * stream; the samplers are those of Commons RNG (ziggurat exponential and Gaussian, Marsaglia–Tsang
 * gamma), Weibull by inversion.
 */
public sealed interface Distribution
    permits Distribution.Exponential,
        Distribution.LogNormal,
        Distribution.GammaDistribution,
        Distribution.Weibull,
        Distribution.Empirical,
        Distribution.Fixed {

  ContinuousSampler sampler(UniformRandomProvider rng);

  double mean();

  /** Exponential with the given mean (1 / rate). */
  record Exponential(double mean) implements Distribution {
    public Exponential {
      positive(mean, "mean");
    }

    public static Exponential ofRate(double rate) {
      positive(rate, "rate");
      return new Exponential(1 / rate);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
      return ZigguratSampler.Exponential.of(rng, mean);
    }
  }

  /** Log-normal: {@code exp(N(mu, sigma²))}; the median is {@code exp(mu)}. */
  record LogNormal(double mu, double sigma) implements Distribution {
    public LogNormal {
      if (!Double.isFinite(mu)) {
        throw new IllegalArgumentException("mu must be finite");
      }
      positive(sigma, "sigma");
    }

    public static LogNormal ofMedian(double median, double sigma) {
      positive(median, "median");
      return new LogNormal(Math.log(median), sigma);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
      return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, sigma);
    }

    @Override
    public double mean() {
      return Math.exp(mu + sigma * sigma / 2);
    }
  }

  /** Gamma with shape k and scale θ (mean kθ). */
  record GammaDistribution(double shape, double scale) implements Distribution {
    public GammaDistribution {
      positive(shape, "shape");
      positive(scale, "scale");
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
      return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale);
    }

    @Override
    public double mean() {
      return shape * scale;
    }
  }

  /** Weibull with shape k and scale λ, sampled by inverting its distribution function. */
  record Weibull(double shape, double scale) implements Distribution {
    public Weibull {
      positive(shape, "shape");
      positive(scale, "scale");
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
      double inverseShape = 1 / shape;
      return () -> scale * Math.pow(-Math.log1p(-rng.nextDouble()), inverseShape);
    }

    @Override
    public double mean() {
      return scale * Gamma.gamma(1 + 1 / shape);
    }
  }

  /** Resamples observed values with equal probability (the empirical distribution). */
  record Empirical(double[] values) implements Distribution {
    public Empirical {
      if (values.length == 0) {
        throw new IllegalArgumentException("An empirical distribution needs at least one value");
      }
      for (double value : values) {
        if (!(value >= 0) || !Double.isFinite(value)) {
          throw new IllegalArgumentException("Empirical values must be finite and >= 0");
        }
      }
      values = values.clone();
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
      double[] copy = values.clone();
      return () -> copy[rng.nextInt(copy.length)];
    }

    @Override
    public double mean() {
      return Arrays.stream(values).average().orElseThrow();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Empirical e && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Empirical" + Arrays.toString(values);
    }
  }

  /** Always the same value (a scheduled delay). */
  record Fixed(double value) implements Distribution {
    public Fixed {
      if (!(value >= 0) || !Double.isFinite(value)) {
        throw new IllegalArgumentException("value must be finite and >= 0");
      }
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
      return () -> value;
    }

    @Override
    public double mean() {
      return value;
    }
  }

  private static void positive(double value, String name) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0");
    }
  }
}
