package org.openv2v.economics.model;

/**
 * One-year probabilities of death q(x) by single year of age and sex, the general population's
 * mortality that cured patients keep (mixture cure) and that bounds every other curve.
 */
public record LifeTable(String name, String source, double[] qMale, double[] qFemale)
    implements BackgroundMortality {

  public LifeTable {
    if (qMale.length == 0 || qMale.length != qFemale.length) {
      throw new IllegalArgumentException("a life table needs the same ages for both sexes");
    }
    qMale = qMale.clone();
    qFemale = qFemale.clone();
  }

  @Override
  public int oldestAge() {
    return qMale.length - 1;
  }

  @Override
  public double probabilityOfDeath(int age, Sex sex) {
    if (age < 0) {
      throw new IllegalArgumentException("age must not be negative, was " + age);
    }
    double[] q = sex == Sex.MALE ? qMale : qFemale;
    return q[Math.min(age, q.length - 1)];
  }

  /**
   * Survival from {@code startAge} of a cohort with this share of men, the hazard constant within
   * each year of age; the oldest age's q applies beyond the table.
   */
  @Override
  public Survival from(double startAge, double maleShare) {
    int years = 120;
    double[] men = cumulative(qMale, startAge, years);
    double[] women = cumulative(qFemale, startAge, years);
    double[] mixed = new double[years + 1];
    for (int i = 0; i <= years; i++) {
      mixed[i] = maleShare * men[i] + (1 - maleShare) * women[i];
    }
    return t -> {
      if (t <= 0) {
        return 1;
      }
      int whole = (int) t; // t > 0: the floor
      if (whole >= years) {
        return 0;
      }
      double frac = t - whole;
      double next = mixed[whole + 1];
      double now = mixed[whole];
      if (now <= 0) {
        return 0;
      }
      return now * Math.pow(next / now, frac);
    };
  }

  private static double[] cumulative(double[] q, double startAge, int years) {
    double[] s = new double[years + 1];
    s[0] = 1;
    for (int i = 0; i < years; i++) {
      double age = startAge + i;
      int lower = (int) Math.min(Math.floor(age), q.length - 1);
      int upper = Math.min(lower + 1, q.length - 1);
      double frac = age - Math.floor(age);
      // A cohort starting mid-year crosses two ages within each model year.
      double survive = Math.pow(1 - q[lower], 1 - frac) * Math.pow(1 - q[upper], frac);
      s[i + 1] = s[i] * survive;
    }
    return s;
  }
}
