package org.openv2v.simulation.engine;

/**
 * A level that changes at event times (queue length, busy servers, patients waiting) and its
 * time-weighted average since the last {@link #restart}, which is how warm-up is deleted.
 */
public final class TimeWeighted {

  private double level;
  private double since;
  private double lastChange;
  private double area;
  private double max;

  /** Records that the level changed to {@code value} at time {@code now}. */
  public void set(double value, double now) {
    area += level * (now - lastChange);
    lastChange = now;
    level = value;
    if (value > max) {
      max = value;
    }
  }

  public void add(double delta, double now) {
    set(level + delta, now);
  }

  /** Forgets the history before {@code now} (warm-up deletion); the current level is kept. */
  public void restart(double now) {
    area = 0;
    since = now;
    lastChange = now;
    max = level;
  }

  public double level() {
    return level;
  }

  /** The integral of the level from the restart to {@code now}. */
  public double area(double now) {
    return area + level * (now - lastChange);
  }

  public double mean(double now) {
    double span = now - since;
    return span > 0 ? area(now) / span : level;
  }

  /** The largest level seen since the restart. */
  public double max() {
    return max;
  }
}
