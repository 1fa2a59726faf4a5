package org.openv2v.economics.report;

import java.util.Locale;
import org.openv2v.economics.scenario.ModelSpec;

/**
 * A model's title, description and arm names in the reader's language: from the economics bundle
 * ({@code economics.model.NAME}, {@code economics.model.NAME.description}, {@code
 * economics.arm.NAME.ARM}) when it has them, else as the model file writes them (a model file of
 * one's own is shown in its own words).
 */
final class Names {

  private final Words words;
  private final ModelSpec spec;

  Names(Words words, ModelSpec spec) {
    this.words = words;
    this.spec = spec;
  }

  String title() {
    return words.find("economics.model." + spec.name()).orElse(spec.title());
  }

  String description() {
    return words.find("economics.model." + spec.name() + ".description").orElse(spec.description());
  }

  String arm(String arm) {
    return words.find("economics.arm." + spec.name() + "." + arm).orElse(spec.armLabel(arm));
  }

  /**
   * A name the model file gives (an arm, a pathway item, an adverse event, a state cost) in the
   * reader's language: {@code economics.item.SLUG} where SLUG is the name in lower case with every
   * run of other characters a hyphen ("Fee: infusion" is {@code fee-infusion}).
   */
  String item(String text) {
    return words.find("economics.item." + slug(text)).orElse(text);
  }

  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** A simulator scenario by its name (the name is what the command line takes). */
  String scenario(String scenario) {
    return scenario;
  }
}
