package org.openv2v.simulation.engine;

/**
 * The future-event list over parallel primitive arrays, so scheduling an event allocates nothing
 * and boxes nothing. Events fire in the order of (time, scheduling order): those that fall at the
 * same time fire in the order they were scheduled, which keeps every run deterministic whatever the
 * list's shape. An event is a kind (what happens, chosen by the model) and a subject (to whom, an
 * index the model owns), packed in one long.
 *
 * <p>Two shapes (issue 17). While few events are pending, a list sorted by time, taken from the
 * front: an M/M/1 queue keeps one or two pending. A new event goes after every pending event at its
 * time (binary search) and the shorter side of the list moves by one slot. That move grows with the
 * events pending, so from {@link #LIST_LIMIT} on the calendar becomes a {@link CalendarQueue}
 * (buckets of equal spans of time, a few steps an event whatever the number pending) until it is
 * empty again.
 */
public final class EventCalendar {

  /** The most events the sorted list holds before the calendar becomes a calendar queue. */
  static final int LIST_LIMIT = 32;

  private final int listLimit;

  private double[] times = new double[64];
  private long[] events = new long[64];

  /** The calendar's shape past its list limit; null while it is a list. */
  private CalendarQueue queue;

  /** While a list, the pending events are those in [head, tail), earliest first. */
  private int head;

  private int tail;
  private long scheduled;

  private double now;
  private int kind;
  private int subject;

  public EventCalendar() {
    this(LIST_LIMIT);
  }

  /** A calendar that leaves its list shape at {@code listLimit} pending events (tests vary it). */
  EventCalendar(int listLimit) {
    this.listLimit = listLimit;
  }

  /** Adds an event; {@code time} must not lie before the current time. */
  public void schedule(double time, int eventKind, int eventSubject) {
    if (!(time >= now)) {
      throw past(time);
    }
    long event = pack(eventKind, eventSubject);
    if (queue == null && tail - head >= listLimit) {
      // The list's ranks serve as the orders of its events: every later order is larger.
      queue = new CalendarQueue(times, events, head, tail, now);
      head = 0;
      tail = 0;
    }
    if (queue != null) {
      queue.add(time, scheduled++, event);
      return;
    }
    scheduled++;
    double[] t = times;
    // Where the event goes: after every pending event at or before its time. Each step of the
    // search adds 0 or half of the span, so their number depends only on how many are pending.
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
      // Slot by slot: the list holds fewer than LIST_LIMIT, so a move is of 16 slots at most, and
      // under C1 a call to System.arraycopy costs more than that.
      long[] e = events;
      for (int i = head; i < at; i++) {
        t[i - 1] = t[i];
        e[i - 1] = e[i];
      }
      head--;
      at--;
    } else {
      if (tail == t.length) {
        at = makeRoomAtEnd(at);
        t = times;
      }
      long[] e = events;
      for (int i = tail; i > at; i--) {
        t[i] = t[i - 1];
        e[i] = e[i - 1];
      }
      tail++;
    }
    t[at] = time;
    events[at] = event;
  }

  public boolean isEmpty() {
    return head == tail && queue == null;
  }

  /** Takes the earliest event, advances the clock to it; read it with {@link #kind()} etc. */
  public void next() {
    long first;
    if (queue != null) {
      queue.take();
      now = queue.time();
      first = queue.event();
      if (queue.size() == 0) {
        queue = null; // empty: a list again
      }
    } else {
      if (head == tail) {
        throw new IllegalStateException("No event is scheduled");
      }
      now = times[head];
      first = events[head];
      head++;
      if (head == tail) {
        head = 0;
        tail = 0;
      }
    }
    kind = (int) (first >> 32);
    subject = (int) first;
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
    return queue != null ? queue.size() : tail - head;
  }

  /** Whether the calendar is a calendar queue now (for tests). */
  boolean isQueue() {
    return queue != null;
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
}
