package org.openv2v.economics.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The report's words from economics/messages*.properties, for what Java builds (chart titles). */
final class Words {

  private final ResourceBundle bundle;
  private final Locale locale;

  Words(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "economics/messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The bundle's text for a key, or empty when the bundle has none. */
  Optional<String> find(String key) {
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  /** A word of a parameter's path: translated when the bundle has it, else split camelCase. */
  String word(String key) {
    try {
      return bundle.getString("economics.report.word." + key);
    } catch (MissingResourceException e) {
      String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
      return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
  }
}
