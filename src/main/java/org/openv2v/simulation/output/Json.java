package org.openv2v.simulation.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the simulator's outputs, with no library behind it so the command line
 * starts fast. Numbers are written with at most 10 significant digits in plain notation, which
 * makes the text depend on the value alone (the same seed gives the same bytes); NaN is null.
 * Values are maps (insertion order kept), lists, numbers, strings, booleans or null.
 */
public final class Json {

  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, int indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        pad(out, indent + 1);
        string(String.valueOf(entry.getKey()), out);
        out.append(": ");
        write(entry.getValue(), out, indent + 1);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      pad(out, indent);
      out.append('}');
    } else if (value instanceof List<?> list) {
      boolean flat = list.stream().allMatch(v -> v == null || v instanceof Number);
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (!flat) {
          out.append('\n');
          pad(out, indent + 1);
        }
        write(list.get(i), out, indent + 1);
        if (i + 1 < list.size()) {
          out.append(flat ? ", " : ",");
        }
      }
      if (!flat && !list.isEmpty()) {
        out.append('\n');
        pad(out, indent);
      }
      out.append(']');
    } else if (value instanceof Double || value instanceof Float) {
      out.append(number(((Number) value).doubleValue()));
    } else if (value instanceof Number number) {
      out.append(number.longValue());
    } else if (value instanceof Boolean bool) {
      out.append(bool);
    } else {
      string(value.toString(), out);
    }
  }

  /** A double as plain decimal text with at most 10 significant digits; null for NaN/infinite. */
  public static String number(double value) {
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    String text =
        new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    return text;
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void pad(StringBuilder out, int indent) {
    out.append("  ".repeat(indent));
  }
}
