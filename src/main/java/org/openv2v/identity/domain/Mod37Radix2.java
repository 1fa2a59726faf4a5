package org.openv2v.identity.domain;

/**
 * ISO/IEC 7064 MOD 37-2, the "pure system" with modulus 37 and radix 2 and one check character,
 * that ISBT 128 uses for the keyboard entry check character K and the Type 3 flags (ST-001 v6.2.2
 * §7.5 and Appendix A, as summarised in clinical-rules §10.2 and platforms-and-standards §2.1.2).
 */
public final class Mod37Radix2 {

  /** The characters and their values 0-36: 0-9, A-Z, then '*' (ST-001 Table 35 [RT035]). */
  public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

  /** The modulus of the system (ISO/IEC 7064: MOD 37-2). */
  static final int MODULUS = 37;

  private Mod37Radix2() {}

  /** The value of a character, or -1 when it is not in the alphabet (lower case is not). */
  public static int value(char c) {
    return ALPHABET.indexOf(c);
  }

  /**
   * The checksum 0-36 of the data, by the recursive method of ST-001 A.3 (ISO/IEC 7064 §7.1): p =
   * 0; for each character left to right p = ((p + v) × 2) mod 37; checksum = (38 − p) mod 37. It
   * equals the weighted method of A.1 (Σ v·2ⁿ, n counted from the right from 1).
   *
   * @throws IllegalArgumentException for a character outside {@link #ALPHABET}
   */
  public static int checksum(CharSequence data) {
    int p = 0;
    for (int i = 0; i < data.length(); i++) {
      int v = value(data.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException(
            "'" + data.charAt(i) + "' is not a MOD 37-2 character (0-9, A-Z, *)");
      }
      p = ((p + v) * 2) % MODULUS;
    }
    return (MODULUS + 1 - p) % MODULUS;
  }

  /** The check character K of the data: the alphabet's character for its checksum (ST-001 A.1). */
  public static char checkCharacter(CharSequence data) {
    return ALPHABET.charAt(checksum(data));
  }

  /**
   * Whether the last character is the check character of the ones before it. Equivalent to ISO/IEC
   * 7064's validation Σ vᵢ·2^(i−1) ≡ 1 (mod 37), i = 1 for the check character (clinical-rules
   * §10.2).
   */
  public static boolean isValid(CharSequence dataWithCheck) {
    int n = dataWithCheck.length();
    if (n < 2 || value(dataWithCheck.charAt(n - 1)) < 0) {
      return false;
    }
    CharSequence data = dataWithCheck.subSequence(0, n - 1);
    for (int i = 0; i < data.length(); i++) {
      if (value(data.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(data) == dataWithCheck.charAt(n - 1);
  }
}
