package org.openv2v.simulation.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of CSV rows as they are built: cells already rendered by Commons CSV, and numbers,
 * which need no quoting, as ASCII digits. Comma-separated, CRLF-terminated (RFC 4180).
 */
final class RowBuffer {

  private byte[] bytes;
  private int size;

  RowBuffer(int capacity) {
    bytes = new byte[Math.max(capacity, 64)];
  }

  void separator() {
    room(1);
    bytes[size++] = ',';
  }

  void endOfRecord() {
    room(2);
    bytes[size++] = '\r';
    bytes[size++] = '\n';
  }

  /** A cell rendered elsewhere, as UTF-8. */
  void text(byte[] cell) {
    room(cell.length);
    System.arraycopy(cell, 0, bytes, size, cell.length);
    size += cell.length;
  }

  /** Text of ASCII characters only (digits, '.', '-'). */
  void ascii(String cell) {
    text(cell.getBytes(StandardCharsets.US_ASCII));
  }

  /** A non-negative whole number in decimal digits. */
  void whole(long value) {
    if (value < 0) {
      ascii(Long.toString(value));
      return;
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    room(digits);
    int at = size + digits;
    long rest = value;
    do {
      bytes[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest > 0);
    size += digits;
  }

  /** A point and three decimals: {@code .007} for 7. */
  void fraction(int thousandths) {
    room(4);
    bytes[size++] = '.';
    bytes[size++] = (byte) ('0' + thousandths / 100);
    bytes[size++] = (byte) ('0' + thousandths / 10 % 10);
    bytes[size++] = (byte) ('0' + thousandths % 10);
  }

  byte[] bytes() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
