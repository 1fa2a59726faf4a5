package org.openv2v.cases.web;

import java.util.Locale;
import org.openv2v.cases.domain.CaseState;

/**
 * A case state as a badge: the state's code, its words, and a tone that groups the states by phase
 * of the journey (colour is never the only cue: the words are always shown).
 */
record Badge(String state, String label, String tone) {

  static Badge of(CaseState state, PageWords labels) {
    return new Badge(state.name(), labels.state(state), tone(state));
  }

  /**
   * An enum constant or code in English words ({@code PAYER_APPROVED} becomes "Payer approved"),
   * only for codes the message bundles do not know.
   */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return code;
    }
    if (!code.matches("[A-Z0-9_]+")) {
      return code;
    }
    String spaced =
        code.replace("FOLLOW_UP", "FOLLOW-UP").replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static String tone(CaseState state) {
    return switch (state) {
      case REFERRED, ELIGIBILITY_CONFIRMED, PAYER_APPROVED -> "intake";
      case APHERESIS_SCHEDULED, APHERESIS_COLLECTED -> "apheresis";
      case SHIPPED_TO_MANUFACTURER, IN_MANUFACTURING, RELEASED -> "manufacturing";
      case SHIPPED_TO_SITE, RECEIVED_AT_SITE -> "transit";
      case LYMPHODEPLETION, INFUSED, MONITORING -> "treatment";
      case FOLLOW_UP -> "follow-up";
      case CLOSED -> "closed";
      case MANUFACTURING_FAILED, WITHDRAWN -> "alert";
    };
  }
}
