package org.openv2v.simulation.output;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

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
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Writer.JSON.createGenerator(new Layout(), out)) {
      write(value, generator);
    }
    return out.append('\n').toString();
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

  /** Doubles as rounded decimals, other numbers as longs, other objects as their text. */
  private static void write(Object value, JsonGenerator generator) {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject(map, map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeName(String.valueOf(entry.getKey()));
        write(entry.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      // The list goes with the array: the layout looks at it to keep a series on one line.
      generator.writeStartArray(list, list.size());
      for (Object item : list) {
        write(item, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof Double || value instanceof Float) {
      BigDecimal decimal = decimal(((Number) value).doubleValue());
      if (decimal == null) {
        generator.writeNull();
      } else {
        generator.writeNumber(decimal);
      }
    } else if (value instanceof Number number) {
      generator.writeNumber(number.longValue());
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else {
      generator.writeString(value.toString());
    }
  }

  /**
   * Jackson's streaming writer alone, made on first use: the command line starts faster without the
   * object mapper.
   */
  private static final class Writer {
    static final JsonFactory JSON =
        JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .characterEscapes(JsonLayout.ESCAPES)
            .build();
  }

  /** What Jackson's object mapper would hand its generator: our layout and escapes. */
  private static final class Layout extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new JsonLayout();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }

    @Override
    public CharacterEscapes getCharacterEscapes() {
      return JsonLayout.ESCAPES;
    }
  }
}
