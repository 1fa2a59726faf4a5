package org.openv2v.cases;

import java.util.UUID;
import org.openv2v.shared.Refusal;

/**
 * A case's id as a page's address carries it. Text that is no id names no case: a 404 like any case
 * the reader may not see, never a 400 that tells a guesser about the format.
 */
public final class CaseIds {

  private CaseIds() {}

  public static UUID parse(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw Refusal.notFound("No case " + text).withWords("refusal.case.notFound", text);
    }
  }
}
