package org.openv2v.identity.domain;

import java.util.Optional;

/**
 * Reads a DIN in every form a scanner or a person produces (see {@link DinCheck.Form}) and says
 * exactly what is wrong when it cannot. Whitespace anywhere is ignored: the eye-readable form
 * prints FIN, year, sequence, flags and K apart, and scanners may end with a line break. Upper case
 * only: ISBT 128 uses no lower case in a DIN, and MOD 37-2 is not defined for it (ST-001 §7.5.1;
 * clinical-rules §10.3 negative vectors).
 */
public final class DinReading {

  private DinReading() {}

  /** Reads the text; never throws. */
  public static DinCheck read(String text) {
    String input = text == null ? "" : text;
    StringBuilder kept = new StringBuilder();
    int[] positions = new int[input.length()];
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      positions[kept.length()] = i + 1;
      kept.append(c);
    }
    if (kept.isEmpty()) {
      return invalid(
          input,
          DinCheck.Problem.WRONG_LENGTH,
          "wrong length: nothing to read; a DIN has 13 characters, such as A9999 26 000001");
    }
    for (int k = 0; k < kept.length(); k++) {
      char c = kept.charAt(k);
      boolean known =
          (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '*'
              || (c == Din.DATA_IDENTIFIER && k == 0);
      if (!known) {
        return invalid(input, DinCheck.Problem.BAD_CHARACTER, badCharacter(c, positions[k]));
      }
    }
    Optional<DinCheck.Form> form = formOf(kept);
    if (form.isEmpty()) {
      return invalid(input, DinCheck.Problem.WRONG_LENGTH, wrongLength(kept));
    }
    return read(input, kept, positions, form.get());
  }

  private static DinCheck read(
      String input, StringBuilder kept, int[] positions, DinCheck.Form form) {
    int start = form.hasDataIdentifier() ? 1 : 0;
    String text = kept.substring(start, start + Din.LENGTH);
    Optional<String> flags =
        form.hasFlags()
            ? Optional.of(kept.substring(start + Din.LENGTH, start + Din.LENGTH + 2))
            : Optional.empty();
    Optional<Character> check =
        form.hasCheck() ? Optional.of(kept.charAt(kept.length() - 1)) : Optional.empty();
    Parts parts =
        new Parts(
            input,
            form,
            text.substring(0, 5),
            text.substring(5, 7),
            text.substring(7, Din.LENGTH),
            flags);
    for (int i = 0; i < Din.LENGTH; i++) {
      char c = text.charAt(i);
      if (!Din.allowedAt(i, c)) {
        return parts.invalid(
            DinCheck.Problem.BAD_CHARACTER,
            badCharacter(c, positions[start + i]) + ": " + Din.ruleAt(i));
      }
    }
    if (flags.isPresent()) {
      for (int i = 0; i < 2; i++) {
        char c = flags.get().charAt(i);
        if (!Flags.isFlagCharacter(c)) {
          return parts.invalid(
              DinCheck.Problem.BAD_CHARACTER,
              badCharacter(c, positions[start + Din.LENGTH + i])
                  + ": flag characters are 0-9, A-H, J-N, P or R-Y");
        }
      }
    }
    Din din =
        new Din(parts.facility, Integer.parseInt(parts.year), Integer.parseInt(parts.sequence));
    if (check.isPresent() && check.get() != din.checkCharacter()) {
      return parts.invalid(
          DinCheck.Problem.WRONG_CHECK_CHARACTER,
          "wrong check character: '"
              + check.get()
              + "' is not the MOD 37-2 check character of "
              + din.eyeReadable()
              + "; a character of the DIN or the check character was mistyped");
    }
    boolean checked = check.isPresent();
    if (flags.isPresent()) {
      Flags read = new Flags(flags.get());
      if (read.type() == Flags.Type.RESERVED) {
        return parts.invalid(
            DinCheck.Problem.RESERVED_FLAGS,
            "reserved flags: '"
                + read
                + "' are reserved by ISBT 128 and on no label (ST-001 Table 3)");
      }
      if (read.type() == Flags.Type.CHECK) {
        if (!read.checks(din)) {
          return parts.invalid(
              DinCheck.Problem.FLAG_MISMATCH,
              "flag mismatch: the Type 3 flags '"
                  + read
                  + "' are not 60 + the MOD 37-2 checksum of "
                  + din.eyeReadable()
                  + "; the DIN or its flags were misread");
        }
        checked = true;
      }
    }
    return new DinCheck(
        input,
        Optional.of(form),
        Optional.of(din),
        Optional.of(parts.facility),
        Optional.of(parts.year),
        Optional.of(parts.sequence),
        flags,
        checked,
        Optional.empty(),
        Optional.empty());
  }

  /** The form, from the length without spaces and whether the data identifier begins it. */
  private static Optional<DinCheck.Form> formOf(CharSequence kept) {
    boolean barcode = kept.charAt(0) == Din.DATA_IDENTIFIER;
    for (DinCheck.Form form : DinCheck.Form.values()) {
      if (form.hasDataIdentifier() == barcode && form.length() == kept.length()) {
        return Optional.of(form);
      }
    }
    return Optional.empty();
  }

  private static String wrongLength(CharSequence kept) {
    int n = kept.length();
    if (kept.charAt(0) == Din.DATA_IDENTIFIER) {
      return "wrong length: barcode data '=' + DIN + flags has 16 characters; this has " + n;
    }
    return "wrong length: "
        + n
        + " characters, spaces aside; a DIN has 13 (A9999 26 000001), 14 with its check"
        + " character, 15 with its flags, 16 with flags and check character, or 16 as barcode"
        + " data beginning with '='";
  }

  private static String badCharacter(char c, int position) {
    String shown = c >= ' ' && c <= '~' ? "'" + c + "'" : "U+%04X".formatted((int) c);
    String base = "bad character " + shown + " at position " + position;
    if (c >= 'a' && c <= 'z') {
      return base + ": ISBT 128 identifiers are upper case";
    }
    if (c == Din.DATA_IDENTIFIER) {
      return base + ": '=' may only begin barcode data";
    }
    if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '*') {
      return base;
    }
    return base + ": a DIN has only upper-case letters and digits (and '*' as check character)";
  }

  private static DinCheck invalid(String input, DinCheck.Problem problem, String reason) {
    return new DinCheck(
        input,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.of(problem),
        Optional.of(reason));
  }

  /** The parts of a text of the right length, as read, before they are judged. */
  private record Parts(
      String input,
      DinCheck.Form form,
      String facility,
      String year,
      String sequence,
      Optional<String> flags) {

    DinCheck invalid(DinCheck.Problem problem, String reason) {
      return new DinCheck(
          input,
          Optional.of(form),
          Optional.empty(),
          Optional.of(facility),
          Optional.of(year),
          Optional.of(sequence),
          flags,
          false,
          Optional.of(problem),
          Optional.of(reason));
    }
  }
}
