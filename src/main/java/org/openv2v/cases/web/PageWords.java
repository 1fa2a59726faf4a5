package org.openv2v.cases.web;

import java.util.Locale;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The pages' words in the reader's language, from {@code messages*.properties}. The codes behind
 * them (states, events, reasons) stay in the markup's data attributes, untranslated.
 */
record PageWords(MessageSource messages, Locale locale) {

  String get(String key, Object... args) {
    return messages.getMessage(key, args.length == 0 ? null : args, locale);
  }

  String state(CaseState state) {
    return get("state." + state.name());
  }

  String event(CaseEventType type) {
    return get("event." + type.name());
  }

  String sex(Sex sex) {
    return sex == null ? null : get("sex." + sex.name());
  }

  /**
   * A withdrawal or closure reason; a code the bundles do not know yet is shown in plain words
   * rather than failing the page.
   */
  String reason(String code) {
    try {
      return get("reason." + code);
    } catch (NoSuchMessageException unknown) {
      return Badge.words(code);
    }
  }
}
