package org.openv2v.identity.domain;

import java.util.Optional;

/**
 * What {@link DinReading} made of a scanned or typed identifier. A valid reading has its {@link
 * #din()}; an invalid one has a {@link #problem()} and a {@link #reason()} saying exactly what is
 * wrong. The DIN, its check character and its Type 3 flags are given only for a valid reading, so
 * that nobody copies a "correct" check character onto a mistyped number; the parts as read
 * (facility, year, sequence, flags) are given whenever the text had a DIN's shape.
 *
 * @param input the text as it came
 * @param form which form the text had, when its length and first character tell
 * @param din the DIN, when the reading is valid
 * @param facility the facility number as read
 * @param year the two year digits as read
 * @param sequence the six sequence digits as read
 * @param flags the two flag characters as read, in the forms that carry flags
 * @param checked whether a check character K or Type 3 flags were read and agreed with the DIN; a
 *     bare 13-character DIN, or one with other flags, is valid but unchecked
 * @param problem what kind of thing is wrong, when the reading is invalid
 * @param reason what is wrong, in words, when the reading is invalid
 */
public record DinCheck(
    String input,
    Optional<Form> form,
    Optional<Din> din,
    Optional<String> facility,
    Optional<String> year,
    Optional<String> sequence,
    Optional<String> flags,
    boolean checked,
    Optional<Problem> problem,
    Optional<String> reason) {

  /**
   * The forms a DIN is scanned or typed in; spaces anywhere are ignored. Barcode data is {@code =}
   * + DIN + flags (ST-001 §2.4.1, Data Structure 001); the eye-readable text is FIN, year and
   * sequence apart, flags, then K (ST-001 §7.4-7.5; platforms-and-standards §2.1.1).
   */
  public enum Form {
    /** The 13-character DIN, such as {@code A999926000001} or {@code A9999 26 000001}. */
    DIN(13, false, false, false),
    /** The DIN and its check character K, such as {@code A9999 26 000001 8}. */
    DIN_WITH_CHECK(14, false, false, true),
    /**
     * The data content without its leading {@code =}: DIN + flags, such as {@code A99992600000101}.
     */
    DIN_WITH_FLAGS(15, false, true, false),
    /**
     * The eye-readable text with flags and K, as labels print them: {@code A9999 26 000001 01 8}.
     */
    DIN_WITH_FLAGS_AND_CHECK(16, false, true, true),
    /** The barcode data of Data Structure 001: {@code =} + DIN + flags, 16 characters. */
    BARCODE(16, true, true, false);

    private final int length;
    private final boolean dataIdentifier;
    private final boolean hasFlags;
    private final boolean hasCheck;

    Form(int length, boolean dataIdentifier, boolean hasFlags, boolean hasCheck) {
      this.length = length;
      this.dataIdentifier = dataIdentifier;
      this.hasFlags = hasFlags;
      this.hasCheck = hasCheck;
    }

    public int length() {
      return length;
    }

    public boolean hasDataIdentifier() {
      return dataIdentifier;
    }

    public boolean hasFlags() {
      return hasFlags;
    }

    public boolean hasCheck() {
      return hasCheck;
    }
  }

  /** What is wrong with an invalid reading. */
  public enum Problem {
    /** A character that may not stand where it stands (or anywhere: lower case, punctuation). */
    BAD_CHARACTER,
    /** Not 13, 14, 15 or 16 characters (spaces aside), or barcode data that is not 16. */
    WRONG_LENGTH,
    /** The check character K is not the one of the DIN: a character was mistyped. */
    WRONG_CHECK_CHARACTER,
    /** Type 3 flags that are not 60 + the DIN's checksum: the DIN or the flags were misread. */
    FLAG_MISMATCH,
    /** Flags ISBT 128 reserves and does not use (14, 97-99, any letter): not a real label. */
    RESERVED_FLAGS
  }

  public DinCheck {
    if (din.isPresent() == problem.isPresent() || problem.isPresent() != reason.isPresent()) {
      throw new IllegalArgumentException("A reading has either a DIN or a problem and its reason");
    }
  }

  public boolean valid() {
    return din.isPresent();
  }

  /** The check character K of the DIN read, when valid. */
  public Optional<Character> checkCharacter() {
    return din.map(Din::checkCharacter);
  }

  /** The Type 3 flags of the DIN read (60 + checksum), when valid. */
  public Optional<String> type3Flag() {
    return din.map(Din::type3Flag);
  }

  /** The unit the flags name on an OpenV2V label, when valid and the flags name one. */
  public Optional<UnitKind> unit() {
    return din.isEmpty() ? Optional.empty() : flags.map(Flags::new).flatMap(UnitKind::of);
  }

  /** The number 1-4 of the product bag this reading names, when it names one. */
  public Optional<Integer> productBag() {
    return unit().flatMap(UnitKind::productBag);
  }
}
