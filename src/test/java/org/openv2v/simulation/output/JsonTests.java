package org.openv2v.simulation.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulator's JSON layout, byte for byte, as outside checks read it. */
class JsonTests {

  @Test
  void should_lay_out_objects_lists_and_series_as_always() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("days", 12);
    inner.put("empty", Map.of());
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("name", "korea-2023");
    value.put("series", List.of(1, 2.5, 1e-3));
    value.put("withNull", Arrays.asList(1.0, Double.NaN, null));
    value.put("none", List.of());
    value.put("mixed", Arrays.asList(1, "a", true, null));
    value.put("nested", List.of(inner, List.of(List.of(3), List.of())));
    value.put("flag", false);
    value.put("missing", null);
    assertThat(Json.write(value))
        .isEqualTo(
            """
            {
              "name": "korea-2023",
              "series": [1, 2.5, 0.001],
              "withNull": [1, null, null],
              "none": [],
              "mixed": [
                1,
                "a",
                true,
                null
              ],
              "nested": [
                {
                  "days": 12,
                  "empty": {}
                },
                [
                  [3],
                  []
                ]
              ],
              "flag": false,
              "missing": null
            }
            """);
  }

  @Test
  void should_write_top_level_scalars_and_lists() {
    assertThat(Json.write(List.of(1, 2))).isEqualTo("[1, 2]\n");
    assertThat(Json.write(Map.of())).isEqualTo("{}\n");
    assertThat(Json.write(null)).isEqualTo("null\n");
    assertThat(Json.write(7L)).isEqualTo("7\n");
  }

  @Test
  void should_write_other_objects_and_keys_as_their_text() {
    Map<Object, Object> value = new LinkedHashMap<>();
    value.put(3, LocalDate.of(2026, 12, 3));
    assertThat(Json.write(value)).isEqualTo("{\n  \"3\": \"2026-12-03\"\n}\n");
  }

  @Test
  void should_escape_quotes_backslashes_and_control_characters_only() {
    String text = "\"q\" \\ / \n\r\t\b\f\u0001\u001f é 한국 😀";
    assertThat(Json.write(text))
        .isEqualTo("\"\\\"q\\\" \\\\ / \\n\\r\\t\\u0008\\u000c\\u0001\\u001f é 한국 😀\"\n");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.1, 0.1",
    "-0.0, 0",
    "0.0, 0",
    "1e21, 1000000000000000000000",
    "1.23456789012345e-7, 0.000000123456789",
    "123456789.987654321, 123456790",
    "2.0, 2",
    "-7.25, -7.25",
    "NaN, null",
    "Infinity, null"
  })
  void should_write_doubles_with_ten_significant_digits_in_plain_notation(
      double value, String text) {
    assertThat(Json.number(value)).isEqualTo(text);
    assertThat(Json.write(value)).isEqualTo(Json.number(value) + "\n");
    assertThat(Json.write((float) value)).isEqualTo(Json.number((float) value) + "\n");
  }

  @Test
  void should_write_integers_whole() {
    assertThat(Json.write(List.of(Long.MAX_VALUE, (short) -3, (byte) 4)))
        .isEqualTo("[9223372036854775807, -3, 4]\n");
  }
}
