package org.openv2v.shared.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one YAML reader: every complaint names the file, the line and the path of the field. */
class YamlFieldTests {

  /** A complaint as the modules make theirs, so the test can read its parts. */
  static final class Problem extends RuntimeException {
    Problem(String file, int line, String path, String reason) {
      super(file + "|" + line + "|" + path + "|" + reason);
    }
  }

  private static YamlField parse(String text) {
    return YamlField.parse(text, "f.yaml", "test file", Problem::new);
  }

  @Test
  void reads_typed_values_with_their_paths_and_lines() {
    YamlField root = parse("name: x\nsites:\n  - {id: A, beds: 1_000}\n  - {id: B, beds: 2}\n");
    YamlField second = root.required("sites").items().get(1);
    assertThat(second.path()).isEqualTo("sites[1]");
    assertThat(second.required("beds").positiveWhole()).isEqualTo(2);
    assertThat(root.required("sites").items().get(0).required("beds").number()).isEqualTo(1000);
    assertThat(second.required("id").line()).isEqualTo(4);
    assertThat(root.field("missing")).isEmpty();
    assertThat(root.leaves().stream().map(f -> f.path() + "=" + f.text()).toList())
        .isEqualTo(
            List.of(
                "name=x",
                "sites[0].id=A",
                "sites[0].beds=1_000",
                "sites[1].id=B",
                "sites[1].beds=2"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a: {b: x}|f.yaml|1|a.b|must be a number, not 'x'",
        "a: {b: 1e999}|f.yaml|1|a.b|must be a finite number, not '1e999'",
        "a: {b: [1]}|f.yaml|1|a.b|must be a number",
        "a: {b: 1.5}|f.yaml|1|a.b|must be > 0 (a whole number up to 1000000)",
        "a: {}|f.yaml|1|a.b|is required",
        "a:\\n  b: 1\\n  bb: 2|f.yaml|3|a.bb|is not a known field (expected one of b)",
        "a:\\n  b: 1\\n  b: 2|f.yaml|3|a.b|is given twice",
        "a: 3|f.yaml|1|a|must be a mapping (name: value lines)",
        "a: [1|f.yaml|1||not valid YAML",
        "# only a comment|f.yaml|1||the test file is empty",
      })
  void names_the_file_line_and_path_of_each_mistake(
      String text, String file, int line, String path, String reason) {
    assertThatThrownBy(
            () -> {
              YamlField root = parse(text.replace("\\n", "\n"));
              root.allowOnly(Set.of("a"));
              root.required("a").allowOnly(Set.of("b")).required("b").positiveWhole();
            })
        .isInstanceOf(Problem.class)
        .hasMessageStartingWith(
            file + "|" + line + "|" + (path == null ? "" : path) + "|" + reason);
  }

  @Property(tries = 300)
  void any_text_is_read_or_refused_with_a_complaint(@ForAll String text) {
    try {
      parse(text).leaves().forEach(YamlField::text);
    } catch (Problem expected) {
      assertThat(expected.getMessage()).startsWith("f.yaml|");
    }
  }
}
