package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical writer against the examples of RFC 8785 (JSON Canonicalization Scheme, June 2020,
 * https://www.rfc-editor.org/rfc/rfc8785), as far as they apply to the values the ledger holds:
 * strings, literals, key order, and numbers that are decimals in plain notation. The RFC writes
 * numbers of 1e21 and above, or below 1e-6, with an exponent (ECMAScript's form); the ledger holds
 * no such number and its writer refuses an exponent, so those rows check the refusal.
 */
class Rfc8785Tests {

  /** §3.2.2: the sample object, with the numbers the ledger can hold (4.50 and 2e-3). */
  @Test
  void should_write_the_sample_of_section_3_2_2() {
    Object input =
        LedgerJson.read(
            """
            {
              "numbers": [4.50, 2e-3],
              "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
              "literals": [null, true, false]
            }
            """);
    Map<String, Object> document = new LinkedHashMap<>(asMap(input));
    document.put(
        "numbers",
        java.util.List.of(
            LedgerJson.Number.of(new BigDecimal("4.50")),
            LedgerJson.Number.of(new BigDecimal("2e-3"))));
    assertThat(LedgerJson.canonical(document))
        .isEqualTo(
            "{\"literals\":[null,true,false],\"numbers\":[4.5,0.002],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  /** §3.2.3: keys sorted by their UTF-16 code units (the emoji's surrogates before U+FB33). */
  @Test
  void should_sort_the_keys_of_section_3_2_3() {
    Object input =
        LedgerJson.read(
            """
            {
              "\\u20ac": "Euro Sign",
              "\\r": "Carriage Return",
              "\\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\\ud83d\\ude00": "Emoji: Grinning Face",
              "\\u0080": "Control",
              "\\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """);
    assertThat(LedgerJson.canonical(input))
        .isEqualTo(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  /** Appendix B: IEEE 754 doubles (hexadecimal) and their canonical text, in plain notation. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0000000000000000, 0",
    "8000000000000000, 0",
    "4340000000000000, 9007199254740992",
    "c340000000000000, -9007199254740992",
    "4430000000000000, 295147905179352830000",
    "444b1ae4d6e2ef4e, 999999999999999700000",
    "444b1ae4d6e2ef4f, 999999999999999900000",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555553, 333333333.3333332",
    "41b3de4355555554, 333333333.33333325",
    "41b3de4355555555, 333333333.3333333",
    "41b3de4355555556, 333333333.3333334",
    "41b3de4355555557, 333333333.33333343",
    "becbf647612f3696, -0.0000033333333333333333",
    "43143ff3c1cb0959, 1424953923781206.2"
  })
  void should_write_the_plain_numbers_of_appendix_b(String ieee754, String canonical) {
    double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));
    // The shortest decimal that reads back as the double, as the RFC's ECMAScript form starts from.
    BigDecimal decimal = BigDecimal.valueOf(value);
    assertThat(LedgerJson.canonical(LedgerJson.Number.of(decimal))).isEqualTo(canonical);
    assertThat(LedgerJson.canonical(LedgerJson.read(canonical))).isEqualTo(canonical);
  }

  /** Appendix B's numbers in exponent form: the ledger holds none and refuses to write them. */
  @ParameterizedTest
  @CsvSource({
    "5e-324",
    "-5e-324",
    "1.7976931348623157e+308",
    "-1.7976931348623157e+308",
    "9.999999999999997e+22",
    "1e+23",
    "1.0000000000000001e+23",
    "1e+21",
    "9.999999999999997e-7"
  })
  void should_refuse_the_exponent_form_of_appendix_b(String text) {
    LedgerJson.Number number = new LedgerJson.Number(text);
    assertThat(number.isCanonical()).isFalse();
    assertThatThrownBy(() -> LedgerJson.canonical(number))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Appendix B's NaN and Infinity: not JSON, so an export holding one is not read. */
  @ParameterizedTest
  @CsvSource({"NaN", "Infinity", "-Infinity"})
  void should_refuse_what_is_not_a_number(String text) {
    assertThatThrownBy(() -> LedgerJson.read("[" + text + "]"))
        .isInstanceOf(LedgerJson.Malformed.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
