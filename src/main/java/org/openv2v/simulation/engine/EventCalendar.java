package org.openv2v.simulation.engine;

/**
 * The future-event list: the pending events in one array sorted by time, over parallel primitive
 * arrays, so scheduling an event allocates nothing and boxes nothing. Events that fall at the same
 * time fire in the order they were scheduled, which keeps every run deterministic: a new event goes
 * after every pending event at its time, so the order events fire in is the order of (time,
 * scheduling order) whatever the list's shape. An event is a kind (what happens, chosen by the
 * model) and a subject (to whom, an index the model owns), packed in one long.
 *
 * <p>Sorted, not a heap (issue 17): a network model keeps some sixty events pending, and a heap's
 * removal walked its levels on unpredictable comparisons, a third of a replication's CPU time. Here
 * taking the earliest event is reading the next slot; scheduling finds its place by binary search
 * and moves the shorter side of the list by one slot, a few dozen values in one copy. A model with
 * thousands of events pending would want a heap again; none of ours has.
 */
public final class EventCalendar {

  private double[] times = new double[64];
  private long[] events = new long[64];

  /** The pending events are those in [head, tail), earliest first. */
  private int head;

  private int tail;
  private long scheduled;

  private double now;
  private int kind;
  private int subject;

  /** Adds an event; {@code time} must not lie before the current time. */
  public void schedule(double time, int eventKind, int eventSubject) {
    if (!(time >= now)) {
      throw past(time);
    }
    scheduled++;
    long event = pack(eventKind, eventSubject);
    double[] t = times;
    // Where the event goes: after every pending event at or before its time.
    int low = head;
    int high = tail;
    if (high > low && t[high - 1] <= time) {
      low = high; // the latest yet: the common case for a step days ahead
    }
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (t[middle] <= time) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    int at = low;
    if (head > 0 && at - head < tail - at) {
      // Nearer the front: the earlier events move down one slot into the free one before them.
      System.arraycopy(t, head, t, head - 1, at - head);
      System.arraycopy(events, head, events, head - 1, at - head);
      head--;
      at--;
    } else {
      if (tail == t.length) {
        at = makeRoomAtEnd(at);
        t = times;
      }
      System.arraycopy(t, at, t, at + 1, tail - at);
      System.arraycopy(events, at, events, at + 1, tail - at);
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
    now = times[head];
    long first = events[head];
    kind = (int) (first >> 32);
    subject = (int) first;
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
