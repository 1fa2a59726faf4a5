package org.openv2v.simulation.engine;

import java.util.Arrays;

/**
 * The future-event list: a binary heap keyed by (time, scheduling order) over parallel primitive
 * arrays, so scheduling an event allocates nothing and boxes nothing. Events that fall at the same
 * time fire in the order they were scheduled, which keeps every run deterministic. An event is a
 * kind (what happens, chosen by the model) and a subject (to whom, an index the model owns).
 */
public final class EventCalendar {

  private double[] times = new double[64];
  private long[] orders = new long[64];
  private int[] kinds = new int[64];
  private int[] subjects = new int[64];
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
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      double parentTime = times[parent];
      if (parentTime < time || (parentTime == time && orders[parent] < order)) {
        break;
      }
      move(parent, hole);
      hole = parent;
    }
    put(hole, time, order, eventKind, eventSubject);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Takes the earliest event, advances the clock to it; read it with {@link #kind()} etc. */
  public void next() {
    if (size == 0) {
      throw new IllegalStateException("No event is scheduled");
    }
    now = times[0];
    kind = kinds[0];
    subject = subjects[0];
    int last = --size;
    if (last == 0) {
      return;
    }
    double time = times[last];
    long order = orders[last];
    int lastKind = kinds[last];
    int lastSubject = subjects[last];
    int hole = 0;
    int half = last >>> 1;
    while (hole < half) {
      int child = 2 * hole + 1;
      int right = child + 1;
      if (right < last
          && (times[right] < times[child]
              || (times[right] == times[child] && orders[right] < orders[child]))) {
        child = right;
      }
      if (time < times[child] || (time == times[child] && order < orders[child])) {
        break;
      }
      move(child, hole);
      hole = child;
    }
    put(hole, time, order, lastKind, lastSubject);
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

  private IllegalArgumentException past(double time) {
    return new IllegalArgumentException("Cannot schedule at " + time + ", before now " + now);
  }

  private void grow() {
    int capacity = size * 2;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    kinds = Arrays.copyOf(kinds, capacity);
    subjects = Arrays.copyOf(subjects, capacity);
  }

  private void move(int from, int to) {
    times[to] = times[from];
    orders[to] = orders[from];
    kinds[to] = kinds[from];
    subjects[to] = subjects[from];
  }

  private void put(int at, double time, long order, int eventKind, int eventSubject) {
    times[at] = time;
    orders[at] = order;
    kinds[at] = eventKind;
    subjects[at] = eventSubject;
  }
}
