package org.openv2v.simulation.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the reference files (reference/*.json on the class path) with Jackson's streaming parser.
 * Not with a JsonMapper: building one, cold, costs the command-line tools about 70 ms of CPU (some
 * 500 classes) before the first replication, to read two small files (issue 17); the parser alone
 * reads them in a few milliseconds.
 */
final class ReferenceFile {

  private static final JsonFactory JSON = new JsonFactory();

  private ReferenceFile() {}

  /**
   * Each object of the array named {@code field} at the top of {@code resource}, read by a new
   * {@code reader}, which is told each property of the object in turn.
   */
  static <T extends Field> List<T> objects(String resource, String field, Supplier<T> reader) {
    try (InputStream in = ReferenceFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing reference data " + resource);
      }
      List<T> read = new ArrayList<>();
      try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
        expect(parser.nextToken(), JsonToken.START_OBJECT, resource);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          JsonToken value = parser.nextToken();
          if (!parser.currentName().equals(field)) {
            parser.skipChildren();
            continue;
          }
          expect(value, JsonToken.START_ARRAY, resource);
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            T object = reader.get();
            fields(parser, object);
            read.add(object);
          }
        }
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Calls {@code field} with each property name of the object the parser stands on, the parser on
   * the property's value; a value it does not read ({@code false}) is skipped.
   */
  static void fields(JsonParser parser, Field field) {
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (!field.read(name, parser)) {
        parser.skipChildren();
      }
    }
  }

  /** The texts of the array the parser stands on (anything else in it is skipped). */
  static List<String> texts(JsonParser parser) {
    List<String> texts = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == JsonToken.VALUE_STRING) {
        texts.add(parser.getString());
      } else {
        parser.skipChildren();
      }
    }
    return texts;
  }

  /** Reads the value of the property {@code name} from the parser, or answers false to skip it. */
  @FunctionalInterface
  interface Field {
    boolean read(String name, JsonParser parser);
  }

  private static void expect(JsonToken token, JsonToken expected, String resource) {
    if (token != expected) {
      throw new IllegalStateException(
          "Reference data " + resource + ": expected " + expected + ", found " + token);
    }
  }
}
