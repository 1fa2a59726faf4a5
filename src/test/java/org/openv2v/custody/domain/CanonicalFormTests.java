package org.openv2v.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical form of docs/ledger.md, byte for byte, so that a third party can reproduce it. */
class CanonicalFormTests {

  // The worked example of docs/ledger.md; the text and hashes were computed independently with
  // Python's json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False) and hashlib.
  static final String EXAMPLE =
      "{\"caseId\":\"00000000-0000-4000-8000-000000000001\",\"caseSequence\":1,"
          + "\"condition\":\"INTACT\",\"deviceTime\":\"2026-11-24T00:59:58.500000Z\","
          + "\"eventId\":\"6f1c1f3e-3f7a-4b0e-9a57-0d5c1a1e2b44\","
          + "\"noteSha256\":\"175604e5fb6d16db3d2330ff60681d4df2db096defa0c58b44f773404cf559ba\","
          + "\"sequence\":1,\"serverTime\":\"2026-11-24T01:00:00.123456Z\","
          + "\"signer\":{\"meaning\":\"thawed by\",\"printedName\":\"Demo Nurse\",\"role\":\"NURSE\","
          + "\"username\":\"nurse\"},\"siteId\":\"KR-SNUH\",\"step\":\"THAWED\","
          + "\"temperatureCelsius\":-150.5,\"units\":[\"=A99992612345601\"],"
          + "\"witness\":{\"meaning\":\"witnessed by\",\"printedName\":\"Demo Physician\","
          + "\"role\":\"PHYSICIAN\",\"username\":\"physician\"}}";
  static final String EXAMPLE_HASH =
      "b569f941cb695f05c6f2e8830f9d51677c1b179f719e2ada9328db46b5abd639";
  static final String EXAMPLE_CHAIN_HASH =
      "4aae422d11cc3d881f3d6d722666686d63085a8dc17defa2e9d061906b653755";

  @Test
  void should_write_the_worked_example_byte_for_byte() {
    assertThat(Samples.thawed().canonical()).isEqualTo(EXAMPLE);
    assertThat(Samples.thawed().hash()).isEqualTo(EXAMPLE_HASH);
    assertThat(Sha256.hex(Samples.NOTE))
        .isEqualTo("175604e5fb6d16db3d2330ff60681d4df2db096defa0c58b44f773404cf559ba");
  }

  @Test
  void should_chain_the_previous_hash_and_the_content_hash_as_text() {
    assertThat(Chain.link(Chain.ZERO, EXAMPLE_HASH)).isEqualTo(EXAMPLE_CHAIN_HASH);
    assertThat(Chain.ZERO).hasSize(64).matches("0+");
  }

  @Test
  void should_sort_keys_at_every_level_and_keep_array_order() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1 == 1);
    inner.put("a", null);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("b", List.of("y", "x"));
    outer.put("a", inner);
    outer.put("B", "upper case sorts first");
    assertThat(LedgerJson.canonical(outer))
        .isEqualTo(
            "{\"B\":\"upper case sorts first\",\"a\":{\"a\":null,\"z\":true},\"b\":[\"y\",\"x\"]}");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "4.50, 4.5",
    "100.0, 100",
    "100, 100",
    "-0.00, 0",
    "0, 0",
    "-150.25, -150.25",
    "-196, -196",
    "0.10, 0.1",
    "1E+2, 100"
  })
  void should_write_decimals_plainly(String decimal, String canonical) {
    assertThat(LedgerJson.canonical(LedgerJson.Number.of(new BigDecimal(decimal))))
        .isEqualTo(canonical);
  }

  @Test
  void should_refuse_numbers_not_in_canonical_form() {
    for (String text : List.of("4.50", "1e2", "-0", "01", "1.0")) {
      assertThatThrownBy(() -> LedgerJson.canonical(new LedgerJson.Number(text)))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void should_escape_only_quote_backslash_and_control_characters() {
    String text = "\"quoted\" back\\slash\nline\ttab\r\b\f\u0001\u001f é 한국 😀 \u007f /";
    assertThat(LedgerJson.canonical(text))
        .isEqualTo(
            "\"\\\"quoted\\\" back\\\\slash\\nline\\ttab\\r\\b\\f\\u0001\\u001f é 한국 😀 \u007f /\"");
  }

  @Test
  void should_refuse_an_unpaired_surrogate() {
    assertThatThrownBy(() -> LedgerJson.canonical("bad \ud800 surrogate"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_write_instants_in_utc_with_six_fractional_digits() {
    assertThat(CustodyContent.instant(java.time.Instant.parse("2026-11-24T10:00:00+09:00")))
        .isEqualTo("2026-11-24T01:00:00.000000Z");
    assertThat(CustodyContent.instant(java.time.Instant.parse("2026-11-24T01:00:00.1234567Z")))
        .isEqualTo("2026-11-24T01:00:00.123456Z");
  }

  @Test
  void should_keep_null_fields_in_the_content() {
    String text = Samples.content(Samples.CASE_A, 1, 1, CustodyStep.STORED).canonical();
    assertThat(text)
        .contains("\"noteSha256\":null")
        .contains("\"temperatureCelsius\":null")
        .contains("\"witness\":null");
  }

  @Test
  void should_read_back_what_it_writes() {
    String text = Samples.thawed().canonical();
    assertThat(LedgerJson.canonical(LedgerJson.read(text))).isEqualTo(text);
    String tricky = "{\"a\":\"\\u0001\\\"é😀\",\"b\":[1,-2.5,true,false,null,{}],\"c\":[]}";
    assertThat(LedgerJson.canonical(LedgerJson.read(tricky))).isEqualTo(tricky);
  }

  @Test
  void should_read_escapes_and_whitespace_but_write_them_canonically() {
    Object value = LedgerJson.read(" { \"b\" : \"\\u00e9\\/\" ,\n \"a\" : [ 1 ] } ");
    assertThat(LedgerJson.canonical(value)).isEqualTo("{\"a\":[1],\"b\":\"é/\"}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1,\"a\":2}",
        "{\"a\":1,}",
        "[1 2]",
        "{\"a\":tru}",
        "\"unterminated",
        "{\"a\":01}",
        "{\"a\":\"\\x\"}",
        "{} {}",
        "",
        "{\"a\":\"\\u12\"}"
      })
  void should_refuse_malformed_json(String text) {
    assertThatThrownBy(() -> LedgerJson.read(text)).isInstanceOf(LedgerJson.Malformed.class);
  }

  @Test
  void should_refuse_documents_nested_too_deeply() {
    assertThatThrownBy(() -> LedgerJson.read("[".repeat(100) + "]".repeat(100)))
        .isInstanceOf(LedgerJson.Malformed.class)
        .hasMessageContaining("deeply");
  }

  @Test
  void should_normalise_scanned_units() {
    assertThat(Units.normalise(" =a9999 26 123456 01\t")).isEqualTo("=A99992612345601");
    assertThat(Units.normalise("A9999\u00a026")).isEqualTo("A999926");
  }
}
