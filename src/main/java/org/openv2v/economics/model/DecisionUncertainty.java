package org.openv2v.economics.model;

/**
 * What the PSA iterations say about the decision at a willingness to pay λ: the probability that
 * each strategy has the highest net benefit (the acceptability curve) and the expected value of
 * perfect information, EVPI = E[max_j NB_j] − max_j E[NB_j] (per patient).
 *
 * @param costs costs[iteration][strategy]
 * @param effects effects[iteration][strategy]
 */
public record DecisionUncertainty(double[][] costs, double[][] effects) {

  public DecisionUncertainty {
    if (costs.length == 0 || costs.length != effects.length) {
      throw new IllegalArgumentException("needs the same iterations of costs and effects");
    }
  }

  public int strategies() {
    return costs[0].length;
  }

  /** P(strategy j has the highest net monetary benefit at λ), for each j. */
  public double[] probabilityCostEffective(double willingnessToPay) {
    double[] wins = new double[strategies()];
    for (int i = 0; i < costs.length; i++) {
      wins[best(i, willingnessToPay)]++;
    }
    for (int j = 0; j < wins.length; j++) {
      wins[j] /= costs.length;
    }
    return wins;
  }

  /** The expected value of perfect information per patient at λ. */
  public double expectedValueOfPerfectInformation(double willingnessToPay) {
    int n = strategies();
    double[] mean = new double[n];
    double meanOfMax = 0;
    for (int i = 0; i < costs.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        double nb = willingnessToPay * effects[i][j] - costs[i][j];
        mean[j] += nb;
        max = Math.max(max, nb);
      }
      meanOfMax += max;
    }
    double maxOfMean = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      maxOfMean = Math.max(maxOfMean, mean[j] / costs.length);
    }
    return Math.max(0, meanOfMax / costs.length - maxOfMean);
  }

  private int best(int iteration, double willingnessToPay) {
    int best = 0;
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < strategies(); j++) {
      double nb = willingnessToPay * effects[iteration][j] - costs[iteration][j];
      if (nb > max) {
        max = nb;
        best = j;
      }
    }
    return best;
  }
}
