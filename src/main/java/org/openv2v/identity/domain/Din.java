package org.openv2v.identity.domain;

/**
 * An ISBT 128 Donation Identification Number (Data Structure 001): the 13 characters {@code
 * αppppyynnnnnn}, that is a 5-character Facility Identification Number (FIN), the last two digits
 * of the nominal year of assignment and a 6-digit sequence number within that year for the FIN
 * (ST-001 v6.2.2 §2.4.1; clinical-rules §10.1). It must be unique for 100 years. Flags are not part
 * of it.
 *
 * @param facility the FIN, such as {@code A9999}
 * @param year the last two digits of the nominal year, 0-99
 * @param sequence the sequence number within the year for the facility, 0-999999
 */
public record Din(String facility, int year, int sequence) {

  /** Characters in a DIN, without data identifier, flags or check character (ST-001 §2.4.1). */
  public static final int LENGTH = 13;

  /** The last sequence number a facility can give in one year: six digits (ST-001 §2.4.1). */
  public static final int MAX_SEQUENCE = 999_999;

  /** The ISBT 128 data identifier that begins the barcode data of a DIN (ST-001 §2.4.1). */
  public static final char DATA_IDENTIFIER = '=';

  public Din {
    if (facility == null || !isFacility(facility)) {
      throw new IllegalArgumentException(
          "A Facility Identification Number has 5 characters: A-N, P-Z or 1-9, two of A-N, P-Z or"
              + " 0-9, then two digits (such as A9999); got "
              + facility);
    }
    if (year < 0 || year > 99) {
      throw new IllegalArgumentException("The year of a DIN is its last two digits; got " + year);
    }
    if (sequence < 0 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException(
          "The sequence number of a DIN has six digits; got " + sequence);
    }
  }

  /**
   * Whether the text is a valid FIN: α in A-N, P-Z, 1-9 (no O, no 0); then two of A-N, P-Z, 0-9;
   * then two digits (ST-001 §2.4.1 table for Data Structure 001; clinical-rules §10.1).
   */
  public static boolean isFacility(String text) {
    if (text.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      if (!allowedAt(i, text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads exactly 13 DIN characters, such as {@code A999926000001}.
   *
   * @throws IllegalArgumentException saying what is wrong, when the text is not a DIN
   */
  public static Din parse(String text) {
    DinCheck check = DinReading.read(text);
    if (check.form().orElse(null) != DinCheck.Form.DIN || check.din().isEmpty()) {
      throw new IllegalArgumentException(
          check.reason().orElse("not a bare 13-character DIN: " + text));
    }
    return check.din().get();
  }

  /** The 13 characters. */
  public String text() {
    return facility + yearDigits() + sequenceDigits();
  }

  /** The year as its two digits, such as {@code 06}. */
  public String yearDigits() {
    return "%02d".formatted(year);
  }

  /** The sequence number as its six digits, such as {@code 000001}. */
  public String sequenceDigits() {
    return "%06d".formatted(sequence);
  }

  /** The MOD 37-2 checksum 0-36 of the 13 characters (ST-001 A.1). */
  public int checksum() {
    return Mod37Radix2.checksum(text());
  }

  /** The keyboard entry check character K, printed in a box beside the DIN (ST-001 §7.5). */
  public char checkCharacter() {
    return Mod37Radix2.checkCharacter(text());
  }

  /** The Type 3 flags: 60 + the MOD 37-2 checksum, {@code 60}-{@code 96} (ST-001 A.2). */
  public String type3Flag() {
    return Integer.toString(Flags.TYPE_3_BASE + checksum());
  }

  /**
   * The eye-readable DIN as ISBT 128 labels print it, FIN, year and sequence apart: {@code A9999 26
   * 000001}. Labels print K after it, in a box, and flags other than Type 3 rotated between the two
   * (ST-001 §7.4-7.5; platforms-and-standards §2.1.1).
   */
  public String eyeReadable() {
    return facility + " " + yearDigits() + " " + sequenceDigits();
  }

  /** The eye-readable DIN followed by its check character, as a person types it. */
  public String eyeReadableWithCheck() {
    return eyeReadable() + " " + checkCharacter();
  }

  /** The barcode data of Data Structure 001: {@code =} + the DIN + the flags (16 characters). */
  public String barcodeData(Flags flags) {
    return DATA_IDENTIFIER + text() + flags.text();
  }

  /** The barcode data of one unit of this DIN: the DIN with that unit's flags. */
  public String barcodeData(UnitKind unit) {
    return barcodeData(unit.flags(this));
  }

  /**
   * Whether the character may stand at this index (0-12) of a DIN: the FIN rule for 0-4, digits for
   * the year and the sequence (ST-001 §2.4.1).
   */
  static boolean allowedAt(int index, char c) {
    if (index == 0) {
      return (c >= 'A' && c <= 'Z' && c != 'O') || (c >= '1' && c <= '9');
    }
    if (index <= 2) {
      return (c >= 'A' && c <= 'Z' && c != 'O') || (c >= '0' && c <= '9');
    }
    return c >= '0' && c <= '9';
  }

  /** What may stand at this index (0-12) of a DIN, in words. */
  static String ruleAt(int index) {
    if (index == 0) {
      return "the first character of a DIN is A-N, P-Z or 1-9 (never O or 0)";
    }
    if (index <= 2) {
      return "characters 2 and 3 of the facility number are A-N, P-Z or 0-9 (never O)";
    }
    if (index <= 4) {
      return "characters 4 and 5 of the facility number are digits";
    }
    if (index <= 6) {
      return "the year (characters 6 and 7) is two digits";
    }
    return "the sequence number (characters 8 to 13) is six digits";
  }

  @Override
  public String toString() {
    return text();
  }
}
