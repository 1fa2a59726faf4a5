package org.openv2v.simulation.engine;

import java.util.Arrays;

/**
 * The event calendar's shape for many pending events: a calendar queue (R. Brown, "Calendar
 * queues", Communications of the ACM 31(10), 1988). Time is cut into days of equal width; day d
 * goes to bucket {@code d mod buckets}, and each bucket holds its events as a list sorted by (time,
 * order). Taking the earliest event looks at the bucket of the current day and moves on a day when
 * it holds nothing of that day, so both adding and taking cost a few steps whatever the number
 * pending, where a sorted list moves half of them and a heap walks its levels on comparisons the
 * processor cannot predict (issue 17: the Korean network keeps 60 to 120 pending, and its sorted
 * list took a quarter of a replication's CPU time).
 *
 * <p>Which event comes next depends only on (time, order), never on the buckets, so the shape
 * changes nothing in a run's results. The width of a day is set whenever the buckets are remade:
 * when the pending events outgrow them or shrink to a quarter, and when a whole round of days found
 * nothing (the events lie far ahead of the width).
 */
final class CalendarQueue {

  private static final int FEWEST_BUCKETS = 16;

  /** No day beyond this: times so far ahead share it, still in (time, order) order. */
  private static final double LAST_DAY = 0x1p62;

  // The events, in slots; a slot's next links its bucket's list (-1 ends it) or the free slots.
  private double[] times = new double[64];
  private long[] orders = new long[64];
  private long[] events = new long[64];
  private long[] days = new long[64];
  private int[] next = new int[64];
  private int free = -1;
  private int used;

  private int[] first;
  private int[] last;
  private int mask;
  private double daysPerUnit;
  private long today;
  private int size;

  private double time;
  private long event;

  /** A calendar holding the events of a sorted list, earliest first; their ranks are orders. */
  CalendarQueue(double[] sortedTimes, long[] sortedEvents, int from, int to, double now) {
    int count = to - from;
    int[] slots = new int[count];
    for (int i = 0; i < count; i++) {
      int slot = slot();
      times[slot] = sortedTimes[from + i];
      orders[slot] = i;
      events[slot] = sortedEvents[from + i];
      slots[i] = slot;
    }
    size = count;
    int buckets = FEWEST_BUCKETS;
    while (buckets < count) {
      buckets <<= 1;
    }
    time = now;
    rebuild(buckets, slots);
  }

  int size() {
    return size;
  }

  /** The time of the event taken last. */
  double time() {
    return time;
  }

  /** The event taken last, packed as the calendar packs it. */
  long event() {
    return event;
  }

  void add(double at, long order, long packed) {
    int slot = slot();
    times[slot] = at;
    orders[slot] = order;
    events[slot] = packed;
    link(slot);
    size++;
    if (size > 2 * first.length) {
      rebuild(first.length * 2, pending());
    }
  }

  /** Takes the earliest event; read it with {@link #time()} and {@link #event()}. */
  void take() {
    int[] heads = first;
    int buckets = heads.length;
    for (int tried = 0; tried < buckets; tried++) {
      int bucket = (int) today & mask;
      int slot = heads[bucket];
      if (slot >= 0 && days[slot] == today) {
        unlinkFirst(bucket, slot);
        return;
      }
      today++;
    }
    // A whole round of days without an event: they lie far ahead. Jump to the earliest, and
    // fit the width of a day to the events as they are now.
    int earliest = -1;
    for (int bucket = 0; bucket < buckets; bucket++) {
      int slot = heads[bucket];
      if (slot >= 0 && (earliest < 0 || before(slot, earliest))) {
        earliest = slot;
      }
    }
    today = days[earliest];
    unlinkFirst((int) today & mask, earliest);
    if (first.length == buckets) {
      rebuild(buckets, pending());
    }
  }

  private boolean before(int a, int b) {
    return times[a] < times[b] || (times[a] == times[b] && orders[a] < orders[b]);
  }

  private void unlinkFirst(int bucket, int slot) {
    int after = next[slot];
    first[bucket] = after;
    if (after < 0) {
      last[bucket] = -1;
    }
    time = times[slot];
    event = events[slot];
    next[slot] = free;
    free = slot;
    size--;
    if (size < first.length / 4 && first.length > FEWEST_BUCKETS) {
      rebuild(first.length / 2, pending());
    }
  }

  /** Puts a slot in its day's bucket, after every event before it in (time, order). */
  private void link(int slot) {
    double at = times[slot];
    long day = (long) Math.min(at * daysPerUnit, LAST_DAY);
    days[slot] = day;
    int bucket = (int) day & mask;
    int tail = last[bucket];
    if (tail < 0) {
      first[bucket] = slot;
      last[bucket] = slot;
      next[slot] = -1;
      return;
    }
    if (!before(slot, tail)) {
      // The latest in its bucket: the common case, and every case when times tie.
      next[tail] = slot;
      last[bucket] = slot;
      next[slot] = -1;
      return;
    }
    int previous = -1;
    int after = first[bucket];
    while (before(after, slot)) {
      previous = after;
      after = next[after];
    }
    next[slot] = after;
    if (previous < 0) {
      first[bucket] = slot;
    } else {
      next[previous] = slot;
    }
  }

  /** The slots of the pending events, bucket by bucket. */
  private int[] pending() {
    int[] slots = new int[size];
    int count = 0;
    for (int head : first) {
      for (int slot = head; slot >= 0; slot = next[slot]) {
        slots[count++] = slot;
      }
    }
    return slots;
  }

  /**
   * New buckets, a new width of a day ({@link #width}) from the time of the event taken last, and
   * the pending events' {@code slots} linked into them.
   */
  private void rebuild(int buckets, int[] slots) {
    daysPerUnit = 1 / Math.max(width(slots), Double.MIN_NORMAL);
    first = new int[buckets];
    last = new int[buckets];
    Arrays.fill(first, -1);
    Arrays.fill(last, -1);
    mask = buckets - 1;
    for (int slot : slots) {
      link(slot);
    }
    today = (long) Math.min(time * daysPerUnit, LAST_DAY);
  }

  /**
   * A day as wide as the mean gap among the earlier half of the pending events: about one event of
   * the near future a bucket. Not the mean over all of them: a few events years ahead (a horizon's
   * end, a late follow-up) would widen the days until the near ones crowd into a few buckets.
   */
  private double width(int[] slots) {
    int count = slots.length;
    if (count == 0) {
      return 1;
    }
    double now = time;
    double[] sorted = new double[count];
    for (int i = 0; i < count; i++) {
      sorted[i] = times[slots[i]];
    }
    Arrays.sort(sorted);
    int half = Math.max(1, count / 2);
    double span = sorted[half - 1] - now;
    if (span > 0) {
      return span / half;
    }
    double all = sorted[count - 1] - now;
    return all > 0 ? all / count : 1;
  }

  private int slot() {
    if (free >= 0) {
      int slot = free;
      free = next[slot];
      return slot;
    }
    if (used == times.length) {
      int capacity = used * 2;
      times = Arrays.copyOf(times, capacity);
      orders = Arrays.copyOf(orders, capacity);
      events = Arrays.copyOf(events, capacity);
      days = Arrays.copyOf(days, capacity);
      next = Arrays.copyOf(next, capacity);
    }
    return used++;
  }
}
