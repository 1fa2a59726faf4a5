package org.openv2v.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages speak. English is the default and the fallback for any other language a
 * browser asks for. To add one, add a constant here and its {@code messages_xx.properties}.
 */
enum Language {
  EN("en", "English"),
  KO("ko", "한국어");

  static final Language DEFAULT = EN;

  private final String code;
  private final String nativeName;

  Language(String code, String nativeName) {
    this.code = code;
    this.nativeName = nativeName;
  }

  String code() {
    return code;
  }

  /** The language's name in itself, so that a reader finds theirs whatever the page's language. */
  String nativeName() {
    return nativeName;
  }

  Locale locale() {
    return Locale.forLanguageTag(code);
  }

  static Optional<Language> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(language -> language.code.equals(wanted)).findFirst();
  }

  static Optional<Language> of(Locale locale) {
    return locale == null ? Optional.empty() : of(locale.getLanguage());
  }

  /**
   * The best of ours for an Accept-Language header, by its q-values (RFC 9110 §12.5.4); English
   * when the header is missing, malformed or names none of ours.
   */
  static Language forAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      List<String> tags = Arrays.stream(values()).map(Language::code).toList();
      String best = Locale.lookupTag(ranges, tags);
      return best == null ? DEFAULT : of(best).orElse(DEFAULT);
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
  }
}
