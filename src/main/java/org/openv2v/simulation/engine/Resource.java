package org.openv2v.simulation.engine;

/**
 * Identical units (servers, apheresis chairs, beds) that subjects seize and release, with a
 * priority line for those who find all units busy, and reneging: a waiting subject can leave the
 * line (death, progression, lost patience). Keeps time-weighted busy units and line length.
 */
public final class Resource {

  private final String name;
  private final int capacity;
  private int busy;
  private final WaitingLine line = new WaitingLine();
  private final TimeWeighted busyUnits = new TimeWeighted();
  private final TimeWeighted lineLength = new TimeWeighted();

  public Resource(String name, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException(name + ": capacity must be at least 1");
    }
    this.name = name;
    this.capacity = capacity;
  }

  public String name() {
    return name;
  }

  public int capacity() {
    return capacity;
  }

  /**
   * Asks for one unit: true when one was free and is now held by the subject; false when the
   * subject joined the line (it gets a unit later through {@link #release}).
   */
  public boolean seize(int subject, int priority, double now) {
    if (busy < capacity) {
      busy++;
      busyUnits.set(busy, now);
      return true;
    }
    line.add(subject, priority);
    lineLength.set(line.length(), now);
    return false;
  }

  /**
   * Gives back one unit; answers the subject that now holds it (taken from the line), or -1 when
   * nobody was waiting and the unit stays free.
   */
  public int release(double now) {
    if (busy == 0) {
      throw new IllegalStateException(name + ": release without a seize");
    }
    int next = line.poll();
    if (next >= 0) {
      lineLength.set(line.length(), now);
      return next;
    }
    busy--;
    busyUnits.set(busy, now);
    return -1;
  }

  /** Takes a waiting subject out of the line; false when it was not waiting (already served). */
  public boolean renege(int subject, double now) {
    if (line.leave(subject)) {
      lineLength.set(line.length(), now);
      return true;
    }
    return false;
  }

  public boolean isWaiting(int subject) {
    return line.contains(subject);
  }

  public int busy() {
    return busy;
  }

  public int waiting() {
    return line.length();
  }

  /** Deletes the statistics gathered before {@code now} (warm-up). */
  public void restartStatistics(double now) {
    busyUnits.restart(now);
    lineLength.restart(now);
  }

  /** Mean fraction of the units busy since the last restart. */
  public double utilization(double now) {
    return busyUnits.mean(now) / capacity;
  }

  public double meanLineLength(double now) {
    return lineLength.mean(now);
  }

  public double maxLineLength() {
    return lineLength.max();
  }

  /** The integral of the busy units since the last restart (unit-days, unit-hours…). */
  public double busyArea(double now) {
    return busyUnits.area(now);
  }
}
