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

  /** A whole number in decimal digits. */
  void whole(long value) {
    if (value >= 0 && value <= Integer.MAX_VALUE) {
      whole((int) value);
    } else {
      ascii(Long.toString(value));
    }
  }

  /** A whole number in decimal digits. */
  void whole(int value) {
    if (value < 0) {
      ascii(Integer.toString(value));
      return;
    }
    int digits = digits(value);
    room(digits);
    int at = size + digits;
    int rest = value;
    while (rest >= 10) {
      // rest / 10 as a multiply and a shift, exact for every int: the tools' compiler (C1) would
      // divide.
      int tenth = (int) ((rest * 0xCCCCCCCDL) >>> 35);
      bytes[--at] = (byte) ('0' + rest - tenth * 10);
      rest = tenth;
    }
    bytes[--at] = (byte) ('0' + rest);
    size += digits;
  }

  /** A point and three decimals: {@code .007} for 7. */
  void fraction(int thousandths) {
    room(4);
    int digit = thousandths * 3;
    bytes[size++] = '.';
    bytes[size++] = THREE_DIGITS[digit];
    bytes[size++] = THREE_DIGITS[digit + 1];
    bytes[size++] = THREE_DIGITS[digit + 2];
  }

  /** "000" to "999", three bytes each. */
  private static final byte[] THREE_DIGITS = new byte[3000];

  static {
    for (int i = 0; i < 1000; i++) {
      THREE_DIGITS[i * 3] = (byte) ('0' + i / 100);
      THREE_DIGITS[i * 3 + 1] = (byte) ('0' + i / 10 % 10);
      THREE_DIGITS[i * 3 + 2] = (byte) ('0' + i % 10);
    }
  }

  private static int digits(int value) {
    int digits = 1;
    for (int bound = 10; digits < 10 && value >= bound; bound *= 10) {
      digits++;
    }
    return digits;
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
