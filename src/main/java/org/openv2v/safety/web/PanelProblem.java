package org.openv2v.safety.web;

import java.util.List;
import java.util.Locale;
import org.openv2v.shared.Refusal;
import org.springframework.context.MessageSource;

/**
 * A service's refusal as a panel shows it: the reason, and each field named in the reader's words
 * ({@code safety.field.<field>}, or the field's code when the bundle has no words for it).
 */
record PanelProblem(String detail, List<String> fields) {

  static PanelProblem of(Refusal refusal, MessageSource messages, Locale locale) {
    String detail =
        refusal
            .messageKey()
            .map(
                key ->
                    messages.getMessage(
                        key, refusal.arguments().toArray(), refusal.getMessage(), locale))
            .orElse(refusal.getMessage());
    return new PanelProblem(
        detail,
        refusal.fieldProblems().stream()
            .map(
                problem ->
                    messages.getMessage(
                            "safety.field." + problem.field(), null, problem.field(), locale)
                        + ": "
                        + problem.message())
            .toList());
  }
}
