package org.openv2v.economics.model;

/**
 * The general population's mortality by single year of age and sex: what a cured patient keeps and
 * what bounds every disease curve. The model asks only through this interface, so a published table
 * (KOSTAT's complete life table) and a fitted curve are interchangeable.
 */
public interface BackgroundMortality {

  enum Sex {
    MALE,
    FEMALE
  }

  /** q(x): probability of dying between exact ages x and x+1; beyond the table, its oldest age. */
  double probabilityOfDeath(int age, Sex sex);

  int oldestAge();

  /** Survival from {@code startAge} of a cohort with this share of men. */
  Survival from(double startAge, double maleShare);

  /** l(to)/l(from): the chance that someone aged {@code from} reaches {@code to}. */
  default double survivalBetween(int from, int to, Sex sex) {
    double s = 1;
    for (int x = from; x < to; x++) {
      s *= 1 - probabilityOfDeath(x, sex);
    }
    return s;
  }

  /**
   * Period life expectancy at exact age x, as statistics offices compute it: deaths at mid-year
   * within each single year; the open last age group (q = 1) lives 1/μ with μ the force of
   * mortality of the year before it (KOSTAT's 100+ group).
   */
  default double lifeExpectancy(int age, Sex sex) {
    double alive = 1;
    double years = 0;
    int last = oldestAge();
    for (int x = age; x < last; x++) {
      double deaths = alive * probabilityOfDeath(x, sex);
      years += alive - deaths / 2;
      alive -= deaths;
    }
    double qLast = probabilityOfDeath(last, sex);
    double q = qLast < 1 ? qLast : probabilityOfDeath(Math.max(age, last - 1), sex);
    double force = -Math.log(1 - Math.min(q, 0.999999));
    return years + alive / force;
  }
}
