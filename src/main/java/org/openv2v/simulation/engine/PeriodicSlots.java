package org.openv2v.simulation.engine;

import java.util.function.IntConsumer;

/**
 * Starts that open in batches each period, such as a manufacturer's weekly slots for one country:
 * unused slots lapse at the end of the period. Subjects that find no slot wait in a priority line
 * (and may renege); when new slots open, the head of the line takes them.
 */
public final class PeriodicSlots {

  private final String name;
  private final int perPeriod;
  private int open;
  private long offered;
  private long used;
  private final WaitingLine line = new WaitingLine();
  private final TimeWeighted lineLength = new TimeWeighted();

  public PeriodicSlots(String name, int perPeriod) {
    if (perPeriod < 1) {
      throw new IllegalArgumentException(name + ": slots per period must be at least 1");
    }
    this.name = name;
    this.perPeriod = perPeriod;
  }

  public String name() {
    return name;
  }

  /** Takes a slot now if one is open (true), else joins the line. */
  public boolean claim(int subject, int priority, double now) {
    if (open > 0) {
      open--;
      used++;
      return true;
    }
    line.add(subject, priority);
    lineLength.set(line.length(), now);
    return false;
  }

  /** Opens a new period's slots; each waiting subject that gets one is passed to {@code start}. */
  public void openPeriod(double now, IntConsumer start) {
    open = perPeriod;
    offered += perPeriod;
    while (open > 0) {
      int next = line.poll();
      if (next < 0) {
        break;
      }
      open--;
      used++;
      start.accept(next);
    }
    lineLength.set(line.length(), now);
  }

  public boolean renege(int subject, double now) {
    if (line.leave(subject)) {
      lineLength.set(line.length(), now);
      return true;
    }
    return false;
  }

  public int waiting() {
    return line.length();
  }

  public void restartStatistics(double now) {
    offered = 0;
    used = 0;
    lineLength.restart(now);
  }

  /** Slots used over slots offered since the last restart. */
  public double utilization() {
    return offered == 0 ? 0 : (double) used / offered;
  }

  public double meanLineLength(double now) {
    return lineLength.mean(now);
  }
}
