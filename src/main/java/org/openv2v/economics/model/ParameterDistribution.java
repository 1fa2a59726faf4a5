package org.openv2v.economics.model;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A parameter's uncertainty for probabilistic sensitivity analysis, stated by its mean and standard
 * deviation (method of moments, Briggs, Claxton and Sculpher 2006: beta for probabilities and
 * utilities, gamma for costs, lognormal for ratios, normal otherwise).
 */
public sealed interface ParameterDistribution {

  double mean();

  double sample(UniformRandomProvider random);

  /** The value at cumulative probability p, for one-way ranges. */
  double quantile(double p);

  String type();

  static ParameterDistribution of(String type, double mean, double sd) {
    if (!(sd > 0)) {
      throw new IllegalArgumentException("sd must be positive");
    }
    return switch (type) {
      case "beta" -> Beta.fromMoments(mean, sd);
      case "gamma" -> Gamma.fromMoments(mean, sd);
      case "lognormal" -> LogNormal.fromMoments(mean, sd);
      case "normal" -> new Normal(mean, sd);
      default ->
          throw new IllegalArgumentException(
              "unknown distribution " + type + " (beta, gamma, lognormal, normal, uniform)");
    };
  }

  /**
   * Uniform between two bounds: for an assumption at the edge of its range (a share of 0 or 1),
   * where a beta or gamma cannot be centred on the base value.
   */
  static ParameterDistribution uniform(double low, double high) {
    if (!(low < high)) {
      throw new IllegalArgumentException("a uniform needs low < high");
    }
    return new Uniform(low, high);
  }

  record Uniform(double low, double high) implements ParameterDistribution {
    public double mean() {
      return (low + high) / 2;
    }

    public double sample(UniformRandomProvider random) {
      return low + (high - low) * random.nextDouble();
    }

    public double quantile(double p) {
      return low + (high - low) * p;
    }

    public String type() {
      return "uniform";
    }
  }

  /** Beta(α, β) for probabilities, shares and utilities. */
  record Beta(double alpha, double beta) implements ParameterDistribution {
    static Beta fromMoments(double mean, double sd) {
      if (!(mean > 0 && mean < 1)) {
        throw new IllegalArgumentException("a beta mean must be in (0, 1)");
      }
      double common = mean * (1 - mean) / (sd * sd) - 1;
      if (!(common > 0)) {
        throw new IllegalArgumentException("sd too large for a beta with mean " + mean);
      }
      return new Beta(mean * common, (1 - mean) * common);
    }

    public double mean() {
      return alpha / (alpha + beta);
    }

    public double sample(UniformRandomProvider random) {
      return ChengBetaSampler.of(random, alpha, beta).sample();
    }

    public double quantile(double p) {
      return new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(p);
    }

    public String type() {
      return "beta";
    }
  }

  /** Gamma(shape, scale) for costs and other positive quantities. */
  record Gamma(double shape, double scale) implements ParameterDistribution {
    static Gamma fromMoments(double mean, double sd) {
      if (!(mean > 0)) {
        throw new IllegalArgumentException("a gamma mean must be positive");
      }
      return new Gamma(mean * mean / (sd * sd), sd * sd / mean);
    }

    public double mean() {
      return shape * scale;
    }

    public double sample(UniformRandomProvider random) {
      return AhrensDieterMarsagliaTsangGammaSampler.of(random, shape, scale).sample();
    }

    public double quantile(double p) {
      return new GammaDistribution(null, shape, scale).inverseCumulativeProbability(p);
    }

    public String type() {
      return "gamma";
    }
  }

  /** Lognormal(meanlog, sdlog), stated by the mean and sd on the natural scale. */
  record LogNormal(double meanlog, double sdlog) implements ParameterDistribution {
    static LogNormal fromMoments(double mean, double sd) {
      if (!(mean > 0)) {
        throw new IllegalArgumentException("a lognormal mean must be positive");
      }
      double s2 = Math.log1p(sd * sd / (mean * mean));
      return new LogNormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
    }

    public double mean() {
      return Math.exp(meanlog + sdlog * sdlog / 2);
    }

    public double sample(UniformRandomProvider random) {
      return Math.exp(meanlog + sdlog * ZigguratSampler.NormalizedGaussian.of(random).sample());
    }

    public double quantile(double p) {
      return new LogNormalDistribution(null, meanlog, sdlog).inverseCumulativeProbability(p);
    }

    public String type() {
      return "lognormal";
    }
  }

  /** Normal(mean, sd). */
  record Normal(double mean, double sd) implements ParameterDistribution {
    public double sample(UniformRandomProvider random) {
      return mean + sd * ZigguratSampler.NormalizedGaussian.of(random).sample();
    }

    public double quantile(double p) {
      return new NormalDistribution(null, mean, sd).inverseCumulativeProbability(p);
    }

    public String type() {
      return "normal";
    }
  }
}
