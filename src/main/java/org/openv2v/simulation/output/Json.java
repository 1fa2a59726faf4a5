package org.openv2v.simulation.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's JSON outputs (summary.json, sensitivity.json, ...), written by Jackson in a fixed
 * layout ({@link JsonLayout}). Numbers are written with at most 10 significant digits in plain
 * notation, which makes the text depend on the value alone (the same seed gives the same bytes);
 * NaN is null. Values are maps (insertion order kept), lists, numbers, strings, booleans or null;
 * anything else is written as the string of its {@code toString()}.
 */
public final class Json {

  private static final MathContext TEN_DIGITS = new MathContext(10);

  private Json() {}

  /** The text of a value, ending with a newline. */
  public static String write(Object value) {
    return Writer.INSTANCE.writeValueAsString(plain(value)) + "\n";
  }

  /** A double as plain decimal text with at most 10 significant digits; null for NaN/infinite. */
  public static String number(double value) {
    BigDecimal decimal = decimal(value);
    return decimal == null ? "null" : decimal.toPlainString();
  }

  /**
   * The value Jackson writes for a double: rounded to 10 significant digits, null if not finite.
   */
  private static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      return null;
    }
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    return new BigDecimal(value).round(TEN_DIGITS).stripTrailingZeros();
  }

  /**
   * The value with only the types Jackson writes as we mean them: string keys, doubles as rounded
   * decimals, other numbers as longs, other objects as their text.
   */
  private static Object plain(Object value) {
    if (value == null || value instanceof Boolean || value instanceof String) {
      return value;
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
      map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item)));
      return copy;
    } else if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(plain(item)));
      return copy;
    } else if (value instanceof Double || value instanceof Float) {
      return decimal(((Number) value).doubleValue());
    } else if (value instanceof Number number) {
      return number.longValue();
    }
    return value.toString();
  }

  /** Built on first use, so that a command that writes no JSON does not pay for it. */
  private static final class Writer {
    static final ObjectWriter INSTANCE =
        JsonMapper.builder(
                JsonFactory.builder()
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                    .characterEscapes(JsonLayout.ESCAPES)
                    .build())
            .build()
            .writer()
            .with(new JsonLayout());
  }
}
