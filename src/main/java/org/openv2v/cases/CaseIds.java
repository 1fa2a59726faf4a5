package org.openv2v.cases;

import java.util.UUID;
import org.openv2v.shared.Refusal;

/**
 * A case's id as a page's address carries it. Text that is no id names no case: a 404 like any case
 * the reader may not see, never a 400 that tells a guesser about the format.
 */
public final class CaseIds {

  private static final String MISSING = "refusal.case.notFound";

  private CaseIds() {}

  public static UUID parse(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw missing(text);
    }
  }

  /** The refusal for a case that does not exist or that the caller may not see (the same words). */
  public static Refusal missing(Object id) {
    return Refusal.notFound("No case " + id).withWords(MISSING, id);
  }

  /**
   * True when the refusal is about the case itself, not something within it: a panel then answers
   * 404 for the whole page instead of showing the problem inside the case.
   */
  public static boolean isMissingCase(Refusal refusal) {
    return refusal.isAbout(MISSING);
  }
}
