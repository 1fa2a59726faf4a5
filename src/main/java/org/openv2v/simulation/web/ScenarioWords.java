package org.openv2v.simulation.web;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A scenario and a product as the planning pages name them, in the reader's language: a built-in
 * scenario by its words ({@code simulation.scenario.<name>}), a product by its display name ({@code
 * simulation.product.<code>}); one the bundles do not know (an uploaded scenario) by its own name.
 * The templates call it as {@code ${@scenarioWords.of(run.scenario)}}.
 */
@Component("scenarioWords")
@RequiredArgsConstructor
class ScenarioWords {

  private final MessageSource messages;

  public String of(String scenario) {
    return words("simulation.scenario." + scenario, scenario);
  }

  public String product(String code) {
    return words("simulation.product." + code, code);
  }

  private String words(String key, String fallback) {
    return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
  }
}
