package org.openv2v.simulation.output;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * The layout of the simulator's JSON files, kept byte for byte as they have always been written
 * (outside checks compare them): two spaces of indent, {@code "key": value}, one object entry per
 * line, empty objects and arrays as {@code {}} and {@code []}. A list of numbers (or nulls) stays
 * on one line, {@code [1, 2.5, null]}, as series are easier to read that way; any other list puts
 * each item on a line of its own. A pretty printer of its own rather than Jackson's default one
 * tuned: that one's separators cost about 10 ms of every tool's start (issue 17).
 */
final class JsonLayout implements PrettyPrinter {

  /** Control characters other than tab, newline and return as backslash-u escapes (lowercase). */
  static final CharacterEscapes ESCAPES = new ControlEscapes();

  private static final String SPACES = "                                ";

  /** For each open array, whether it stays on one line. */
  private final Deque<Boolean> flat = new ArrayDeque<>();

  private int nesting;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    nesting++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    nesting--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    // Jackson opens the array's context, holding the list, before it calls this.
    flat.push(numbersOnly(g.streamWriteContext().currentValue()));
    nesting++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    if (!flat.peek()) {
      newLine(g);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    if (flat.peek()) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      newLine(g);
    }
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    nesting--;
    if (!flat.pop() && values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }

  /** A new line indented two spaces for each level open. */
  private void newLine(JsonGenerator g) {
    g.writeRaw('\n');
    for (int left = 2 * nesting; left > 0; left -= SPACES.length()) {
      g.writeRaw(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }

  private static boolean numbersOnly(Object array) {
    if (!(array instanceof List<?> list)) {
      return false;
    }
    for (Object value : list) {
      if (value != null && !(value instanceof Number)) {
        return false;
      }
    }
    return true;
  }

  private static final class ControlEscapes extends CharacterEscapes {

    private static final SerializableString BACKSPACE = new SerializedString("\\u0008");
    private static final SerializableString FORM_FEED = new SerializedString("\\u000c");

    private final int[] codes = standardAsciiEscapesForJSON();

    ControlEscapes() {
      codes['\b'] = ESCAPE_CUSTOM;
      codes['\f'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      // Jackson asks about every character above ASCII too: those stay as they are.
      return switch (c) {
        case '\b' -> BACKSPACE;
        case '\f' -> FORM_FEED;
        default -> null;
      };
    }
  }
}
