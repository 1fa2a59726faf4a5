package org.openv2v.simulation.engine;

import java.util.Arrays;

/**
 * The future-event list over parallel primitive arrays, so scheduling an event allocates nothing
 * and boxes nothing. Events fire in the order of (time, scheduling order): those that fall at the
 * same time fire in the order they were scheduled, which keeps every run deterministic whatever the
 * list's shape. An event is a kind (what happens, chosen by the model) and a subject (to whom, an
 * index the model owns), packed in one long.
 *
 * <p>Two shapes (issue 17). While few events are pending, a list sorted by time, taken from the
 * front: a network model keeps some sixty pending, and a heap's removal walked its levels on
 * comparisons the processor could not predict, a third of a replication's CPU time. A new event
 * goes after every pending event at its time (binary search) and the shorter side of the list moves
 * by one slot. That copy grows with the events pending, so past {@link #LIST_LIMIT} the calendar
 * becomes a 4-ary heap keyed by (time, order), a sorted list being a heap already, until it is
 * empty again.
 */
public final class EventCalendar {

  /** The most events the sorted list holds before the calendar becomes a heap. */
  static final int LIST_LIMIT = 1024;

  /** Moves shorter than this go slot by slot: a call to System.arraycopy costs more (C1). */
  static final int SHORT_MOVE = 8;

  private final int listLimit;

  private double[] times = new double[64];
  private long[] events = new long[64];

  /**
   * Each event's scheduling order, which breaks ties in time: only while the calendar is a heap,
   * and null while it is a list.
   */
  private long[] orders;

  /** The pending events are those in [head, tail): earliest first in the list, a heap from 0. */
  private int head;

  private int tail;
  private long scheduled;

  private double now;
  private int kind;
  private int subject;

  public EventCalendar() {
    this(LIST_LIMIT);
  }

  /** A calendar that becomes a heap past {@code listLimit} pending events (tests set it low). */
  EventCalendar(int listLimit) {
    this.listLimit = listLimit;
  }

  /** Adds an event; {@code time} must not lie before the current time. */
  public void schedule(double time, int eventKind, int eventSubject) {
    if (!(time >= now)) {
      throw past(time);
    }
    long event = pack(eventKind, eventSubject);
    if (orders == null && tail - head >= listLimit) {
      becomeHeap();
    }
    if (orders != null) {
      pushOnHeap(time, scheduled++, event);
      return;
    }
    scheduled++;
    double[] t = times;
    // Where the event goes: after every pending event at or before its time. The search halves a
    // span whose length depends only on how many are pending, and each step adds 0 or half without
    // a branch (the quick compiler makes it a conditional move): a branch on comparing times is
    // one the processor cannot predict, and it missed every other one.
    int at = head;
    int span = tail - head;
    if (span > 0 && t[tail - 1] <= time) {
      at = tail; // the latest yet: the common case for a step days ahead
    } else {
      while (span > 1) {
        int half = span >>> 1;
        at += t[at + half - 1] <= time ? half : 0;
        span -= half;
      }
    }
    if (head > 0 && at - head < tail - at) {
      // Nearer the front: the earlier events move down one slot into the free one before them.
      long[] e = events;
      if (at - head < SHORT_MOVE) {
        for (int i = head; i < at; i++) {
          t[i - 1] = t[i];
          e[i - 1] = e[i];
        }
      } else {
        System.arraycopy(t, head, t, head - 1, at - head);
        System.arraycopy(e, head, e, head - 1, at - head);
      }
      head--;
      at--;
    } else {
      if (tail == t.length) {
        at = makeRoomAtEnd(at);
        t = times;
      }
      long[] e = events;
      if (tail - at < SHORT_MOVE) {
        for (int i = tail; i > at; i--) {
          t[i] = t[i - 1];
          e[i] = e[i - 1];
        }
      } else {
        System.arraycopy(t, at, t, at + 1, tail - at);
        System.arraycopy(e, at, e, at + 1, tail - at);
      }
      tail++;
    }
    t[at] = time;
    events[at] = event;
  }

  public boolean isEmpty() {
    return head == tail;
  }

  /** Takes the earliest event, advances the clock to it; read it with {@link #kind()} etc. */
  public void next() {
    if (head == tail) {
      throw new IllegalStateException("No event is scheduled");
    }
    // The earliest event is at the front in either shape (a heap's root is at head, which is 0).
    now = times[head];
    long first = events[head];
    kind = (int) (first >> 32);
    subject = (int) first;
    if (orders != null) {
      removeHeapRoot();
      return;
    }
    head++;
    if (head == tail) {
      head = 0;
      tail = 0;
    }
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
    return tail - head;
  }

  /** Whether the calendar is a heap now (for tests). */
  boolean isHeap() {
    return orders != null;
  }

  private static long pack(int eventKind, int eventSubject) {
    return ((long) eventKind << 32) | (eventSubject & 0xFFFFFFFFL);
  }

  private IllegalArgumentException past(double time) {
    return new IllegalArgumentException("Cannot schedule at " + time + ", before now " + now);
  }

  /**
   * Frees the slots after the last: moves the events to the front of the arrays, or of arrays twice
   * as long when they fill more than half (so that moving them is rare). Answers where the slot
   * meant for {@code at} now is.
   */
  private int makeRoomAtEnd(int at) {
    int size = tail - head;
    double[] t = times;
    long[] e = events;
    if (size > t.length / 2) {
      times = new double[t.length * 2];
      events = new long[t.length * 2];
    }
    System.arraycopy(t, head, times, 0, size);
    System.arraycopy(e, head, events, 0, size);
    int moved = at - head;
    head = 0;
    tail = size;
    return moved;
  }

  /**
   * The sorted list, moved to the front, is a heap as it stands; each event's rank in it serves as
   * its order, as every later event's order is larger than any rank.
   */
  private void becomeHeap() {
    int size = tail - head;
    System.arraycopy(times, head, times, 0, size);
    System.arraycopy(events, head, events, 0, size);
    orders = new long[times.length];
    for (int i = 0; i < size; i++) {
      orders[i] = i;
    }
    head = 0;
    tail = size;
  }

  private void pushOnHeap(double time, long order, long event) {
    if (tail == times.length) {
      times = Arrays.copyOf(times, tail * 2);
      events = Arrays.copyOf(events, tail * 2);
      orders = Arrays.copyOf(orders, tail * 2);
    }
    double[] t = times;
    long[] o = orders;
    long[] e = events;
    int hole = tail++;
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

  private void removeHeapRoot() {
    double[] t = times;
    long[] o = orders;
    long[] e = events;
    int last = --tail;
    if (last == 0) {
      orders = null; // empty: a list again
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
}
