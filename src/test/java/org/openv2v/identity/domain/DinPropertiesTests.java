package org.openv2v.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the DIN and its reader over generated DINs: every DIN validates in every form;
 * every single-character substitution and every adjacent transposition of DIN + K is caught
 * (ISO/IEC 7064 MOD 37-2 detects all of them); and the reader, given anything at all, never throws
 * and calls valid exactly what an independent reading of the rules calls valid.
 */
class DinPropertiesTests {

  static final String ALPHA = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"; // ST-001 §2.4.1: no O, no 0
  static final String FIN_MIDDLE = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789";

  @Provide
  Arbitrary<Din> dins() {
    Arbitrary<Character> alpha = Arbitraries.of(chars(ALPHA));
    Arbitrary<Character> middle = Arbitraries.of(chars(FIN_MIDDLE));
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(2);
    Arbitrary<String> fin =
        Combinators.combine(alpha, middle, middle, digits).as((a, b, c, d) -> "" + a + b + c + d);
    return Combinators.combine(
            fin, Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 999_999))
        .as(Din::new);
  }

  @Property(tries = 2000)
  void every_generated_din_validates_in_every_form(@ForAll("dins") Din din) {
    char k = din.checkCharacter();
    assertThat(DinReading.read(din.text()).din()).contains(din);
    assertThat(DinReading.read(din.text() + k).checked()).isTrue();
    assertThat(DinReading.read(din.eyeReadable()).din()).contains(din);
    assertThat(DinReading.read(din.eyeReadableWithCheck()).checked()).isTrue();
    for (UnitKind unit : UnitKind.values()) {
      DinCheck check = DinReading.read(din.barcodeData(unit));
      assertThat(check.din()).contains(din);
      assertThat(check.unit()).contains(unit);
      String eye = din.eyeReadable() + " " + unit.flags(din) + " " + k;
      assertThat(DinReading.read(eye).unit()).contains(unit);
    }
    assertThat(Mod37Radix2.isValid(din.text() + k)).isTrue();
    assertThat(IsbtVectors.weightedChecksum(din.text())).isEqualTo(din.checksum());
  }

  @Property(tries = 1000)
  void every_single_substitution_of_din_and_check_character_is_caught(@ForAll("dins") Din din) {
    String keyed = din.text() + din.checkCharacter();
    for (int i = 0; i < keyed.length(); i++) {
      for (char c : Mod37Radix2.ALPHABET.toCharArray()) {
        if (c == keyed.charAt(i)) {
          continue;
        }
        String altered = keyed.substring(0, i) + c + keyed.substring(i + 1);
        assertThat(Mod37Radix2.isValid(altered)).as(altered).isFalse();
        assertThat(DinReading.read(altered).valid()).as(altered).isFalse();
      }
    }
  }

  @Property(tries = 1000)
  void every_adjacent_transposition_of_din_and_check_character_is_caught(@ForAll("dins") Din din) {
    String keyed = din.text() + din.checkCharacter();
    for (int i = 0; i + 1 < keyed.length(); i++) {
      if (keyed.charAt(i) == keyed.charAt(i + 1)) {
        continue;
      }
      String altered =
          keyed.substring(0, i) + keyed.charAt(i + 1) + keyed.charAt(i) + keyed.substring(i + 2);
      assertThat(Mod37Radix2.isValid(altered)).as(altered).isFalse();
      assertThat(DinReading.read(altered).valid()).as(altered).isFalse();
    }
  }

  @Property(tries = 1000)
  void every_substitution_in_the_din_of_type_3_barcode_data_is_caught(@ForAll("dins") Din din) {
    String data = din.barcodeData(UnitKind.APHERESIS);
    for (int i = 1; i <= Din.LENGTH; i++) {
      for (char c : Mod37Radix2.ALPHABET.toCharArray()) {
        if (c == data.charAt(i)) {
          continue;
        }
        String altered = data.substring(0, i) + c + data.substring(i + 1);
        assertThat(DinReading.read(altered).valid()).as(altered).isFalse();
      }
    }
  }

  // --- the reader against anything ---

  /** Text of every kind: arbitrary Unicode, the DIN alphabet with spaces, and near-misses. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(24),
        Arbitraries.strings().withChars("0123456789ABGOWYZ*=a -").ofMaxLength(20),
        nearMisses(),
        nearMisses(),
        nearMisses());
  }

  /** A valid form of a generated DIN, then maybe one slip: a substitution, swap, gap or loss. */
  Arbitrary<String> nearMisses() {
    Arbitrary<String> forms =
        Combinators.combine(
                dins(),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(UnitKind.values()),
                Arbitraries.strings().numeric().ofLength(2))
            .as(
                (din, form, unit, flags) ->
                    switch (form) {
                      case 0 -> din.text();
                      case 1 -> din.text() + din.checkCharacter();
                      case 2 -> din.barcodeData(unit);
                      case 3 -> din.eyeReadableWithCheck();
                      case 4 -> "=" + din.text() + flags;
                      default -> din.eyeReadable() + " " + flags + " " + din.checkCharacter();
                    });
    return Combinators.combine(
            forms,
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(chars("0123456789AZOI*=a -\t")))
        .as(DinPropertiesTests::slip);
  }

  static String slip(String text, int kind, int at, char c) {
    int i = at % (text.length() + 1);
    return switch (kind) {
      case 1 -> i < text.length() ? text.substring(0, i) + c + text.substring(i + 1) : text;
      case 2 ->
          i + 1 < text.length()
              ? text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2)
              : text;
      case 3 -> text.substring(0, i) + c + text.substring(i);
      case 4 -> i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
      default -> text;
    };
  }

  @Property(tries = 5000)
  void the_reader_never_throws_and_is_valid_only_when_the_rules_say_so(
      @ForAll("texts") String text) {
    DinCheck check = DinReading.read(text);
    Statistics.label("outcome")
        .collect(
            check.problem().map(Enum::name).orElse(check.checked() ? "valid, checked" : "valid"));
    assertThat(check.valid()).as("[%s] %s", text, check.reason()).isEqualTo(Oracle.valid(text));
    assertThat(check.valid()).isNotEqualTo(check.reason().isPresent());
    if (check.valid()) {
      assertThat(check.din().get().text()).hasSize(Din.LENGTH);
    }
  }

  /**
   * The rules written apart from {@link DinReading}, as regular expressions over the text without
   * whitespace and the weighted method of ST-001 A.1.
   */
  static final class Oracle {

    static final String DIN = "([A-NP-Z1-9][A-NP-Z0-9]{2}[0-9]{4}[0-9]{6})";
    static final String FLAGS = "([0-9A-HJ-NPR-Y]{2})";
    static final String K = "([0-9A-Z*])";
    static final List<Pattern> FORMS =
        List.of(
            Pattern.compile(DIN + "()()"),
            Pattern.compile(DIN + "()" + K),
            Pattern.compile(DIN + FLAGS + "()"),
            Pattern.compile(DIN + FLAGS + K),
            Pattern.compile("=" + DIN + FLAGS + "()"));
    static final Pattern SPACE = Pattern.compile("[\\t\\n\\x0B\\f\\r\\x1C-\\x1F\\p{Z}]");

    static boolean valid(String text) {
      String kept = SPACE.matcher(text).replaceAll("");
      for (Pattern form : FORMS) {
        var m = form.matcher(kept);
        if (m.matches()) {
          String din = m.group(1);
          int checksum = IsbtVectors.weightedChecksum(din);
          String flags = m.group(2);
          String k = m.group(3);
          if (!k.isEmpty() && k.charAt(0) != Mod37Radix2.ALPHABET.charAt(checksum)) {
            return false;
          }
          if (flags.isEmpty()) {
            return true;
          }
          if (!flags.chars().allMatch(Character::isDigit)) {
            return false; // letters: reserved
          }
          int f = Integer.parseInt(flags);
          if (f == 14 || f >= 97) {
            return false; // reserved
          }
          return f < 60 || f == 60 + checksum;
        }
      }
      return false;
    }
  }

  private static List<Character> chars(String s) {
    return s.chars().mapToObj(c -> (char) c).toList();
  }
}
