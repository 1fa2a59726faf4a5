package org.openv2v.simulation.output;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The layout of the simulator's JSON files, kept byte for byte as they have always been written
 * (outside checks compare them): two spaces of indent, {@code "key": value}, one object entry per
 * line, empty objects and arrays as {@code {}} and {@code []}. A list of numbers (or nulls) stays
 * on one line, {@code [1, 2.5, null]}, as series are easier to read that way; any other list puts
 * each item on a line of its own.
 */
final class JsonLayout extends DefaultPrettyPrinter {

  /** Control characters other than tab, newline and return as backslash-u escapes (lowercase). */
  static final CharacterEscapes ESCAPES = new ControlEscapes();

  private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");

  /** For each open array, whether it stays on one line. */
  private final transient Deque<Boolean> flat = new ArrayDeque<>();

  JsonLayout() {
    super(
        new Separators()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySpacing(Separators.Spacing.NONE)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    indentObjectsWith(LINES);
    indentArraysWith(LINES);
  }

  @Override
  public JsonLayout createInstance() {
    return new JsonLayout();
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    // Jackson opens the array's context, holding the list, before it calls this.
    flat.push(numbersOnly(g.streamWriteContext().currentValue()));
    _nesting++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    if (!flat.peek()) {
      _arrayIndenter.writeIndentation(g, _nesting);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    if (flat.peek()) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      _arrayIndenter.writeIndentation(g, _nesting);
    }
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    _nesting--;
    if (!flat.pop() && values > 0) {
      _arrayIndenter.writeIndentation(g, _nesting);
    }
    g.writeRaw(']');
  }

  private static boolean numbersOnly(Object array) {
    return array instanceof List<?> list
        && list.stream().allMatch(v -> v == null || v instanceof Number);
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
