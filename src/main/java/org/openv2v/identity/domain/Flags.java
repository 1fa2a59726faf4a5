package org.openv2v.identity.domain;

import java.util.OptionalInt;

/**
 * The two flag characters that follow a DIN in its barcode data. They are not part of the DIN: they
 * say which label of the donation this is, or carry a check of the DIN (ST-001 v6.2.2 §2.4.1 and
 * Table 3 [RT004]; clinical-rules §10.1).
 *
 * @param text the two characters, such as {@code 01} or {@code 70}
 */
public record Flags(String text) {

  /** Type 3 flags are 60 + the MOD 37-2 checksum of the DIN, so 60-96 (ST-001 A.2). */
  public static final int TYPE_3_BASE = 60;

  /** Flags not used (ST-001 Table 3). */
  public static final Flags NOT_USED = new Flags("00");

  /** The kinds of flag value in ST-001 Table 3 [RT004]. */
  public enum Type {
    /** {@code 00}: flags not used. */
    NOT_USED,
    /** Type 1 {@code 01}-{@code 04} and {@code 15}-{@code 19}: container 1-9 of a set. */
    CONTAINER,
    /** Type 1 {@code 05}-{@code 13}: other ICCBBA-defined process control (labels, samples). */
    PROCESS_CONTROL,
    /** Type 2 {@code 20}-{@code 59}: defined locally, meaningful only at the defining facility. */
    LOCAL,
    /** Type 3 {@code 60}-{@code 96}: the MOD 37-2 check of the DIN. */
    CHECK,
    /** {@code 14}, {@code 97}-{@code 99} and every value with a letter: reserved, not in use. */
    RESERVED
  }

  public Flags {
    if (text == null
        || text.length() != 2
        || !isFlagCharacter(text.charAt(0))
        || !isFlagCharacter(text.charAt(1))) {
      throw new IllegalArgumentException(
          "Flags are two characters of 0-9, A-H, J-N, P, R-Y; got " + text);
    }
  }

  /** Flags for container n (1-9) of a set: 01-04, then 15-19 for 5-9 (ST-001 Table 3). */
  public static Flags container(int n) {
    if (n < 1 || n > 9) {
      throw new IllegalArgumentException("A set has containers 1 to 9; got " + n);
    }
    return new Flags("%02d".formatted(n <= 4 ? n : n + 10));
  }

  /** The Type 3 flags of a DIN: 60 + its MOD 37-2 checksum (ST-001 A.2). */
  public static Flags type3(Din din) {
    return new Flags(din.type3Flag());
  }

  /** Characters allowed in flags: 0-9, A-H, J-N, P, R-Y (ST-001 §2.4.1, Data Structure 001). */
  public static boolean isFlagCharacter(char c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'H')
        || (c >= 'J' && c <= 'N')
        || c == 'P'
        || (c >= 'R' && c <= 'Y');
  }

  /** The kind of this value in ST-001 Table 3. */
  public Type type() {
    int n = number();
    if (n < 0 || n == 14 || n >= 97) {
      return Type.RESERVED;
    }
    if (n == 0) {
      return Type.NOT_USED;
    }
    if (n <= 4 || (n >= 15 && n <= 19)) {
      return Type.CONTAINER;
    }
    if (n <= 13) {
      return Type.PROCESS_CONTROL;
    }
    if (n <= 59) {
      return Type.LOCAL;
    }
    return Type.CHECK;
  }

  /** The container number 1-9 for container flags (ST-001 Table 3). */
  public OptionalInt container() {
    if (type() != Type.CONTAINER) {
      return OptionalInt.empty();
    }
    int n = number();
    return OptionalInt.of(n <= 4 ? n : n - 10);
  }

  /** Whether these are Type 3 flags, and the right ones for the DIN. */
  public boolean checks(Din din) {
    return type() == Type.CHECK && text.equals(din.type3Flag());
  }

  /** What the value means, in the words of ST-001 Table 3 [RT004]. */
  public String meaning() {
    return switch (type()) {
      case NOT_USED -> "flags not used";
      case CONTAINER -> "container " + container().getAsInt() + " of a set";
      case LOCAL -> "locally defined (Type 2): meaningful only at the facility that defined it";
      case CHECK -> "Type 3: MOD 37-2 check of the DIN";
      case RESERVED -> "reserved by ISBT 128, not in use";
      case PROCESS_CONTROL ->
          switch (number()) {
            case 5 -> "second (repeated) demand-printed label";
            case 6 -> "pilot tube label";
            case 7 -> "test tube label";
            case 8 -> "donor record label";
            case 9 -> "sample tube for NAT";
            case 10 -> "samples for bacterial testing";
            case 11 -> "match with unit label";
            case 12 -> "affixed partial label";
            default -> "attached label (with affixed partial label)";
          };
    };
  }

  /** The value as a number, or -1 when a letter makes it reserved. */
  private int number() {
    char a = text.charAt(0);
    char b = text.charAt(1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }

  @Override
  public String toString() {
    return text;
  }
}
