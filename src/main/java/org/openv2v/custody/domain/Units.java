package org.openv2v.custody.domain;

import java.util.Locale;

/** Scanned unit texts as the ledger keeps them. */
public final class Units {

  private Units() {}

  /**
   * A scanned text normalised: upper case, with no spaces or other whitespace (the eye-readable
   * form prints spaces a scanner does not). The leading {@code =} of barcode data stays.
   */
  public static String normalise(String scanned) {
    StringBuilder out = new StringBuilder(scanned.length());
    scanned
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
