package org.openv2v.custody.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The little JSON the ledger needs: a reader for exports (Jackson's, behind {@link Reader}) and a
 * writer of the canonical form (docs/ledger.md), kept here, small, as the hashes depend on it.
 * Objects are {@code Map<String, Object>}, arrays {@code List}, strings {@code String}, numbers
 * {@link Number} (their text, as written), booleans {@code Boolean} and null {@code null}.
 *
 * <p>Canonical form (after RFC 8785, JSON Canonicalization Scheme, restricted to the values the
 * ledger holds): no whitespace; object keys sorted by their UTF-16 code units; strings escape only
 * {@code "} and {@code \} and the control characters below U+0020 ({@code \b \t \n \f \r}, the
 * others as a backslash, {@code u} and four lowercase hexadecimal digits), every other character
 * written as itself in UTF-8; numbers as plain decimals with no exponent, no leading zeros, no
 * trailing zeros after the point, no point without a fraction, and zero as {@code 0}.
 */
public final class LedgerJson {

  private static final Pattern CANONICAL_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** How deep a value may sit in an export: the root is at depth 0. */
  public static final int MAX_DEPTH = 32;

  private LedgerJson() {}

  /** A JSON number as written. */
  public record Number(String text) {

    public Number {
      if (!JSON_NUMBER.matcher(text).matches()) {
        throw new IllegalArgumentException("not a JSON number: " + text);
      }
    }

    public static Number of(long value) {
      return new Number(Long.toString(value));
    }

    /** A decimal in canonical form: 4.50 becomes 4.5, 100.0 becomes 100, 0.00 becomes 0. */
    public static Number of(BigDecimal value) {
      return new Number(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }

    public boolean isCanonical() {
      return CANONICAL_NUMBER.matcher(text).matches() && !text.equals("-0");
    }

    /** The value, if it is an integer that fits a long. */
    public OptionalLong asLong() {
      if (!text.matches("-?(0|[1-9][0-9]{0,17})")) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(Long.parseLong(text));
    }
  }

  /** A text that is not JSON, with where the reading stopped. */
  public static final class Malformed extends RuntimeException {
    public Malformed(String message) {
      super(message);
    }
  }

  // --- writing ---

  /**
   * The canonical text of a value.
   *
   * @throws IllegalArgumentException for a value the form cannot hold: a number not in canonical
   *     form, a string with an unpaired surrogate, a key that is not a string, another type
   */
  public static String canonical(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Number n) {
      if (!n.isCanonical()) {
        throw new IllegalArgumentException("number not in canonical form: " + n.text());
      }
      out.append(n.text());
    } else if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException("object keys must be strings");
        }
        sorted.put(key, entry.getValue());
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> entry : sorted.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(entry.getKey(), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(hexDigit(c >> 4)).append(hexDigit(c & 0xf));
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("unpaired surrogate in a string");
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static char hexDigit(int value) {
    return Character.forDigit(value, 16);
  }

  // --- reading ---

  /**
   * Reads one JSON value that fills the whole text (whitespace around it allowed): objects as
   * {@code Map<String, Object>} in their order, arrays as unmodifiable lists, numbers as {@link
   * Number} with their text exactly as written.
   *
   * @throws Malformed for text that is not JSON, a key twice in one object, or a value nested
   *     deeper than {@link #MAX_DEPTH}
   */
  public static Object read(String text) {
    return Reading.READER.read(text);
  }

  /**
   * What reads exports. Jackson's parser does, in custody's internal package, found through {@link
   * ServiceLoader}: the domain imports no library.
   */
  public interface Reader {
    /** See {@link LedgerJson#read(String)}. */
    Object read(String text);
  }

  private static final class Reading {
    static final Reader READER =
        ServiceLoader.load(Reader.class, LedgerJson.class.getClassLoader())
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no ledger JSON reader on the class path"));
  }
}
