package org.openv2v.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form a scanner or a person produces, and every way it can be wrong. Vectors from
 * clinical-rules §10.3 and platforms-and-standards §2.1.2.
 */
class DinReadingTests {

  @ParameterizedTest(name = "[{0}] is {1} {2}, flags {3}, unit {4}, checked {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text                    | form                     | DIN           | flags | unit       |
        // checked
        "G123417654321             | DIN                      | G123417654321 |       |            | false",
        "G123417654321A            | DIN_WITH_CHECK           | G123417654321 |       |            | true",
        "=G12341765432170          | BARCODE                  | G123417654321 | 70    | APHERESIS  | true",
        "G12341765432170           | DIN_WITH_FLAGS           | G123417654321 | 70    | APHERESIS  | true",
        "A9999 21 123456 3         | DIN_WITH_CHECK           | A999921123456 |       |            | true",
        "A9998 18 123456 N         | DIN_WITH_CHECK           | A999818123456 |       |            | true",
        "W0000 09 123456 02 G      | DIN_WITH_FLAGS_AND_CHECK | W000009123456 | 02    | PRODUCT_2  | true",
        "A9999 24 000004 *         | DIN_WITH_CHECK           | A999924000004 |       |            | true",
        "A9999 17 345658 O         | DIN_WITH_CHECK           | A999917345658 |       |            | true",
        "A9999 24 000078 0         | DIN_WITH_CHECK           | A999924000078 |       |            | true",
        "=A99992600000101          | BARCODE                  | A999926000001 | 01    | PRODUCT_1  | false",
        "=A99992600000104          | BARCODE                  | A999926000001 | 04    | PRODUCT_4  | false",
        "=A99992600000107          | BARCODE                  | A999926000001 | 07    | SAMPLE     | false",
        "=A99992600000110          | BARCODE                  | A999926000001 | 10    | STERILITY_SAMPLE | false",
        "=A99992600000100          | BARCODE                  | A999926000001 | 00    |            | false",
        "=A99992600000125          | BARCODE                  | A999926000001 | 25    |            | false",
        "' A9999 26 000001 '       | DIN                      | A999926000001 |       |            | false",
      })
  void should_read_every_form(
      String text, DinCheck.Form form, String din, String flags, UnitKind unit, boolean checked) {
    DinCheck check = DinReading.read(text);
    assertThat(check.reason()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.form()).contains(form);
    assertThat(check.din().map(Din::text)).contains(din);
    assertThat(check.facility()).contains(din.substring(0, 5));
    assertThat(check.year()).contains(din.substring(5, 7));
    assertThat(check.sequence()).contains(din.substring(7));
    assertThat(check.flags()).isEqualTo(Optional.ofNullable(flags));
    assertThat(check.unit()).isEqualTo(Optional.ofNullable(unit));
    assertThat(check.checked()).isEqualTo(checked);
    assertThat(check.checkCharacter()).contains(Mod37Radix2.checkCharacter(din));
    assertThat(check.type3Flag()).contains(Integer.toString(60 + Mod37Radix2.checksum(din)));
  }

  @Test
  void should_ignore_tabs_line_breaks_and_no_break_spaces() {
    assertThat(DinReading.read("=A99992600000101\r\n").valid()).isTrue();
    assertThat(DinReading.read("A9999\t26\u00a0000001\u2007 8").valid()).isTrue();
  }

  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Negative vectors of clinical-rules §10.3
        "G123417654321B     | WRONG_CHECK_CHARACTER | wrong check character: 'B' is not the MOD 37-2 check character of G1234 17 654321",
        "G123489654322Y     | WRONG_CHECK_CHARACTER | wrong check character: 'Y'",
        "G123417654322A     | WRONG_CHECK_CHARACTER | wrong check character",
        "G123417654312A     | WRONG_CHECK_CHARACTER | wrong check character",
        "1G23417654321A     | WRONG_CHECK_CHARACTER | wrong check character",
        "g123417654321      | BAD_CHARACTER         | bad character 'g' at position 1: ISBT 128 identifiers are upper case",
        "O123417654321      | BAD_CHARACTER         | bad character 'O' at position 1: the first character of a DIN is A-N, P-Z or 1-9",
        "0123417654321      | BAD_CHARACTER         | bad character '0' at position 1",
        "=G12341765432171   | FLAG_MISMATCH         | flag mismatch: the Type 3 flags '71' are not 60 + the MOD 37-2 checksum of G1234 17 654321",
        "=G12341765432197   | RESERVED_FLAGS        | reserved flags: '97'",
        "=G12341765432114   | RESERVED_FLAGS        | reserved flags: '14'",
        "=G123417654321A1   | RESERVED_FLAGS        | reserved flags: 'A1'",
        // More ways to be wrong
        "G1234 17 654321 7I | BAD_CHARACTER         | bad character 'I' at position 18: flag characters are 0-9, A-H, J-N, P or R-Y",
        "AO12417654321      | BAD_CHARACTER         | bad character 'O' at position 2: characters 2 and 3 of the facility number",
        "A99X917654321      | BAD_CHARACTER         | bad character 'X' at position 4: characters 4 and 5 of the facility number are digits",
        "A9999 2X 654321    | BAD_CHARACTER         | bad character 'X' at position 8: the year (characters 6 and 7) is two digits",
        "A9999 26 00000*    | BAD_CHARACTER         | bad character '*' at position 15: the sequence number (characters 8 to 13) is six digits",
        "A9999-26-000001    | BAD_CHARACTER         | bad character '-' at position 6: a DIN has only upper-case letters and digits",
        "A99992600=0001     | BAD_CHARACTER         | bad character '=' at position 10: '=' may only begin barcode data",
        "A9999 26 00001     | WRONG_LENGTH          | wrong length: 12 characters, spaces aside",
        "A99992600000101234 | WRONG_LENGTH          | wrong length: 18 characters",
        "=A999926000001     | WRONG_LENGTH          | wrong length: barcode data '=' + DIN + flags has 16 characters; this has 14",
        "=A99992600000101 8 | WRONG_LENGTH          | wrong length: barcode data",
        "'   '              | WRONG_LENGTH          | wrong length: nothing to read",
        "''                 | WRONG_LENGTH          | wrong length: nothing to read",
        "W0000 09 123456 02 H | WRONG_CHECK_CHARACTER | wrong check character: 'H'",
        "W0000 09 123456 77 G | FLAG_MISMATCH       | flag mismatch: the Type 3 flags '77'",
      })
  void should_say_exactly_what_is_wrong(String text, DinCheck.Problem problem, String reason) {
    DinCheck check = DinReading.read(text);
    assertThat(check.valid()).isFalse();
    assertThat(check.problem()).contains(problem);
    assertThat(check.reason()).hasValueSatisfying(r -> assertThat(r).startsWith(reason));
    assertThat(check.din()).isEmpty();
    assertThat(check.checkCharacter()).isEmpty();
    assertThat(check.type3Flag()).isEmpty();
    assertThat(check.unit()).isEmpty();
    assertThat(check.checked()).isFalse();
  }

  @Test
  void should_keep_the_parts_as_read_when_the_shape_is_right() {
    DinCheck check = DinReading.read("=G12341765432171");
    assertThat(check.facility()).contains("G1234");
    assertThat(check.year()).contains("17");
    assertThat(check.sequence()).contains("654321");
    assertThat(check.flags()).contains("71");
    assertThat(check.form()).contains(DinCheck.Form.BARCODE);
    DinCheck tooShort = DinReading.read("G12341765432");
    assertThat(tooShort.facility()).isEmpty();
    assertThat(tooShort.form()).isEmpty();
  }

  @Test
  void should_not_reveal_the_expected_check_character_in_the_reason() {
    DinCheck check = DinReading.read("G123417654321B");
    assertThat(check.reason().get()).doesNotContain("'A'").doesNotContain(" A ");
    DinCheck flags = DinReading.read("=G12341765432171");
    assertThat(flags.reason().get()).doesNotContain("70");
  }

  @Test
  void should_show_invisible_characters_by_code_point_and_never_throw_on_null() {
    assertThat(DinReading.read("A9999\u000026000001").reason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("bad character U+0000 at position 6"));
    assertThat(DinReading.read(null).problem()).contains(DinCheck.Problem.WRONG_LENGTH);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.openv2v.identity.domain.IsbtVectors#dins")
  void should_read_every_published_vector_in_every_form(
      String text, long sum, int checksum, char k, String type3, String source) {
    Din din = Din.parse(text);
    assertThat(DinReading.read(text + k).valid()).isTrue();
    assertThat(DinReading.read(din.eyeReadableWithCheck()).checked()).isTrue();
    assertThat(DinReading.read("=" + text + type3).unit()).contains(UnitKind.APHERESIS);
    assertThat(DinReading.read(din.eyeReadable() + " " + type3 + " " + k).valid()).isTrue();
  }
}
