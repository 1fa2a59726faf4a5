package org.openv2v.simulation.engine;

import java.util.Arrays;

/**
 * Subjects waiting for a resource, served by priority (lower first) and then first come, first
 * served: one ring buffer of primitive ints per priority level, so joining and leaving the front
 * cost O(1). A subject that leaves the line early (reneging) is only marked and skipped when it
 * reaches the front, so leaving costs O(1) too.
 */
final class WaitingLine {

  private static final int MAX_PRIORITY = 0x7FFF;

  private int[][] rings = new int[1][];
  private int[] heads = new int[1];
  private int[] sizes = new int[1];
  private final SubjectSet waiting = new SubjectSet();
  private int length;

  void add(int subject, int priority) {
    if (priority < 0 || priority > MAX_PRIORITY) {
      throw new IllegalArgumentException("Priority must be within 0..32767: " + priority);
    }
    if (priority >= rings.length) {
      int levels = priority + 1;
      rings = Arrays.copyOf(rings, levels);
      heads = Arrays.copyOf(heads, levels);
      sizes = Arrays.copyOf(sizes, levels);
    }
    int[] ring = rings[priority];
    if (ring == null) {
      ring = new int[16];
      rings[priority] = ring;
    } else if (sizes[priority] == ring.length) {
      ring = grow(priority);
    }
    ring[(heads[priority] + sizes[priority]) & (ring.length - 1)] = subject;
    sizes[priority]++;
    waiting.add(subject);
    length++;
  }

  /** Removes and answers the next subject still waiting, or -1 when none is. */
  int poll() {
    for (int priority = 0; priority < rings.length; priority++) {
      int[] ring = rings[priority];
      while (sizes[priority] > 0) {
        int subject = ring[heads[priority]];
        heads[priority] = (heads[priority] + 1) & (ring.length - 1);
        sizes[priority]--;
        if (waiting.remove(subject)) {
          length--;
          return subject;
        }
      }
    }
    return -1;
  }

  /** Takes a subject out of the line; false when it was not waiting. */
  boolean leave(int subject) {
    if (waiting.remove(subject)) {
      length--;
      return true;
    }
    return false;
  }

  boolean contains(int subject) {
    return waiting.contains(subject);
  }

  int length() {
    return length;
  }

  /** Doubles a ring (capacities stay powers of two), unrolling it to start at index 0. */
  private int[] grow(int priority) {
    int[] old = rings[priority];
    int[] ring = new int[old.length * 2];
    int head = heads[priority];
    int firstPart = old.length - head;
    System.arraycopy(old, head, ring, 0, firstPart);
    System.arraycopy(old, 0, ring, firstPart, head);
    rings[priority] = ring;
    heads[priority] = 0;
    return ring;
  }

  /** A growable bit set of non-negative subject indices. */
  private static final class SubjectSet {
    private long[] words = new long[4];

    void add(int subject) {
      int word = subject >>> 6;
      if (word >= words.length) {
        words = Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
      }
      words[word] |= 1L << subject;
    }

    boolean remove(int subject) {
      int word = subject >>> 6;
      if (word >= words.length) {
        return false;
      }
      long bit = 1L << subject;
      boolean present = (words[word] & bit) != 0;
      words[word] &= ~bit;
      return present;
    }

    boolean contains(int subject) {
      int word = subject >>> 6;
      return word < words.length && (words[word] & (1L << subject)) != 0;
    }
  }
}
