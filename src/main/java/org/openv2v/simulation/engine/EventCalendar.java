package org.openv2v.simulation.engine;

import java.util.Arrays;

/**
 * The future-event list: a 4-ary heap keyed by (time, scheduling order) over parallel primitive
 * arrays, so scheduling an event allocates nothing and boxes nothing. Events that fall at the same
 * time fire in the order they were scheduled, which keeps every run deterministic: (time, order) is
 * unique, so the order events fire in does not depend on the heap's shape. An event is a kind (what
 * happens, chosen by the model) and a subject (to whom, an index the model owns), packed in one
 * long so that a move in the heap touches three arrays, and four children per node halve the levels
 * a removal walks (issue 17).
 */
public final class EventCalendar {

  private double[] times = new double[64];
  private long[] orders = new long[64];
  private long[] events = new long[64];
  private int size;
  private long scheduled;

  private double now;
  private int kind;
  private int subject;

  /** Adds an event; {@code time} must not lie before the current time. */
  public void schedule(double time, int eventKind, int eventSubject) {
    if (!(time >= now)) {
      throw past(time);
    }
    if (size == times.length) {
      grow();
    }
    long order = scheduled++;
    long event = pack(eventKind, eventSubject);
    double[] t = times;
    long[] o = orders;
    long[] e = events;
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 2;
      double parentTime = t[parent];
      if (parentTime < time || (parentTime == time && o[parent] < order)) {
        break;
      }
      t[hole] = parentTime;
      o[hole] = o[parent];
      e[hole] = e[parent];
      hole = parent;
    }
    t[hole] = time;
    o[hole] = order;
    e[hole] = event;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Takes the earliest event, advances the clock to it; read it with {@link #kind()} etc. */
  public void next() {
    if (size == 0) {
      throw new IllegalStateException("No event is scheduled");
    }
    double[] t = times;
    long[] o = orders;
    long[] e = events;
    now = t[0];
    long first = e[0];
    kind = (int) (first >> 32);
    subject = (int) first;
    int last = --size;
    if (last == 0) {
      return;
    }
    double time = t[last];
    long order = o[last];
    long event = e[last];
    int hole = 0;
    while (true) {
      int child = (hole << 2) + 1;
      if (child >= last) {
        break;
      }
      // The earliest of up to four children.
      int end = Math.min(child + 4, last);
      int best = child;
      double bestTime = t[child];
      for (int c = child + 1; c < end; c++) {
        double ct = t[c];
        if (ct < bestTime || (ct == bestTime && o[c] < o[best])) {
          best = c;
          bestTime = ct;
        }
      }
      if (time < bestTime || (time == bestTime && order < o[best])) {
        break;
      }
      t[hole] = bestTime;
      o[hole] = o[best];
      e[hole] = e[best];
      hole = best;
    }
    t[hole] = time;
    o[hole] = order;
    e[hole] = event;
  }

  /** The time of the event taken last: the simulation clock. */
  public double now() {
    return now;
  }

  public int kind() {
    return kind;
  }

  public int subject() {
    return subject;
  }

  /** Events scheduled since the calendar was made. */
  public long scheduled() {
    return scheduled;
  }

  public int pending() {
    return size;
  }

  private static long pack(int eventKind, int eventSubject) {
    return ((long) eventKind << 32) | (eventSubject & 0xFFFFFFFFL);
  }

  private IllegalArgumentException past(double time) {
    return new IllegalArgumentException("Cannot schedule at " + time + ", before now " + now);
  }

  private void grow() {
    int capacity = size * 2;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    events = Arrays.copyOf(events, capacity);
  }
}
