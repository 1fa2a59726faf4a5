package org.openv2v.custody.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openv2v.custody.domain.LedgerJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads ledger exports with Jackson's streaming parser into the values of {@link LedgerJson}:
 * numbers keep their text exactly as written, a key twice in one object is refused, and so is a
 * value nested deeper than {@link LedgerJson#MAX_DEPTH}. The domain finds it through {@link
 * java.util.ServiceLoader} (META-INF/services), as it imports no library itself.
 */
public final class LedgerJsonReader implements LedgerJson.Reader {

  /** Longer number texts are refused: no ledger value needs them, and they only cost to parse. */
  private static final int MAX_NUMBER_LENGTH = 64;

  private static final String START_MARKER = " \\(start marker at \\[.*\\]\\)";

  // Strings are as long as the file allows (LedgerCommand caps its size), as before Jackson.
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build();

  @Override
  public Object read(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() == null) {
        throw malformed("unexpected end of the document", text.length());
      }
      Object value = value(parser, 0);
      if (parser.nextToken() != null) {
        throw malformed("unexpected text after the end of the document", parser);
      }
      return value;
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      // Jackson's words, without where an unclosed object began (it names no useful place).
      String why =
          e.getOriginalMessage()
              .lines()
              .findFirst()
              .orElse("not JSON")
              .replaceAll(START_MARKER, "");
      throw new LedgerJson.Malformed(
          where == null ? why : why + " at character " + where.getCharOffset());
    }
  }

  private static Object value(JsonParser parser, int depth) {
    if (depth > LedgerJson.MAX_DEPTH) {
      throw malformed("nested too deeply", parser);
    }
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw malformed("unexpected end of the document", parser);
    }
    return switch (token) {
      case START_OBJECT -> object(parser, depth);
      case START_ARRAY -> array(parser, depth);
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser);
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw malformed("unexpected " + token, parser);
    };
  }

  private static Map<String, Object> object(JsonParser parser, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      if (map.containsKey(key)) {
        throw malformed("key \"" + key + "\" appears twice", parser);
      }
      parser.nextToken();
      map.put(key, value(parser, depth + 1));
    }
    return map;
  }

  private static List<Object> array(JsonParser parser, int depth) {
    List<Object> list = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      list.add(value(parser, depth + 1));
    }
    return Collections.unmodifiableList(list);
  }

  private static LedgerJson.Number number(JsonParser parser) {
    String text = parser.getText();
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw malformed("malformed number " + text, parser);
    }
    return new LedgerJson.Number(text);
  }

  private static LedgerJson.Malformed malformed(String why, JsonParser parser) {
    return malformed(why, parser.currentTokenLocation().getCharOffset());
  }

  private static LedgerJson.Malformed malformed(String why, long position) {
    return new LedgerJson.Malformed(why + " at character " + position);
  }
}
