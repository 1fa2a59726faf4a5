package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading exports (Jackson's parser behind LedgerJson.read): what it keeps and what it refuses. */
class LedgerJsonReadingTests {

  @Test
  void should_keep_numbers_as_written_and_objects_in_their_order() {
    Object value = LedgerJson.read("{\"z\":1.50,\"a\":[-0,1E+2,12345678901234567890123]}");
    assertThat(value)
        .isEqualTo(
            Map.of(
                "z",
                new LedgerJson.Number("1.50"),
                "a",
                List.of(
                    new LedgerJson.Number("-0"),
                    new LedgerJson.Number("1E+2"),
                    new LedgerJson.Number("12345678901234567890123"))));
    assertThat(((Map<?, ?>) value).keySet()).asString().isEqualTo("[z, a]");
    List<?> array = (List<?>) ((Map<?, ?>) value).get("a");
    assertThatThrownBy(() -> array.add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_say_where_a_key_appears_twice() {
    assertThatThrownBy(() -> LedgerJson.read("{\"a\":1,\"a\":2}"))
        .isInstanceOf(LedgerJson.Malformed.class)
        .hasMessage("key \"a\" appears twice at character 7");
  }

  @Test
  void should_say_where_the_document_goes_on_after_its_end() {
    assertThatThrownBy(() -> LedgerJson.read("{} {}"))
        .isInstanceOf(LedgerJson.Malformed.class)
        .hasMessage("unexpected text after the end of the document at character 3");
    assertThatThrownBy(() -> LedgerJson.read("  "))
        .isInstanceOf(LedgerJson.Malformed.class)
        .hasMessage("unexpected end of the document at character 2");
  }

  @Test
  void should_allow_values_32_deep_and_no_deeper() {
    String deepest = "[".repeat(32) + "1" + "]".repeat(32);
    assertThat(LedgerJson.canonical(LedgerJson.read(deepest))).isEqualTo(deepest);
    assertThat(LedgerJson.read("[".repeat(33) + "]".repeat(33))).isInstanceOf(List.class);
    assertThatThrownBy(() -> LedgerJson.read("[".repeat(33) + "1" + "]".repeat(33)))
        .isInstanceOf(LedgerJson.Malformed.class)
        .hasMessage("nested too deeply at character 33");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1,]",
        "[01]",
        "[-]",
        "[1.]",
        "[.5]",
        "[+1]",
        "['a']",
        "{a:1}",
        "[\"tab\tinside\"]",
        "[1] // comment",
        "\ufeff[1]",
        "[1e999999999999999999999999999999999999999999999999999999999999999999]"
      })
  void should_refuse_what_json_does_not_allow(String text) {
    assertThatThrownBy(() -> LedgerJson.read(text))
        .isInstanceOf(LedgerJson.Malformed.class)
        .hasMessageContaining(" at character ");
  }
}
