package org.openv2v.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the words a program wrote for another program on a page meant for people: enum names
 * ({@code TO_TREATMENT_CENTRE}, {@code MATCH}), UUIDs, ISO-8601 timestamps, site ids where a site's
 * name belongs, raw barcode data where an eye-readable DIN belongs and, on a Korean page, runs of
 * English words.
 *
 * <p>Use {@link #onPage(WebDriver)} in a browser test, or {@link #in(String, boolean)} on text.
 * What is allowed on purpose: abbreviations in capitals of up to six letters (CRS, ICANS, DIN,
 * MRN), product brand and generic names and their makers (from {@code reference/products.json}),
 * units, eye-readable DINs ({@code A9999 26 000001}) and calendar dates ({@code 2026-12-03}).
 */
public final class MachineWords {

  /** What kind of machine word was found. */
  public enum Kind {
    ENUM_NAME,
    UUID,
    ISO_TIMESTAMP,
    SITE_ID,
    RAW_BARCODE,
    ENGLISH_ON_KOREAN_PAGE,
    /** Not a word: the page is the error page of a server failure, reported by browser sweeps. */
    SERVER_ERROR_PAGE
  }

  /** One machine word, with a few characters around it to find it on the page. */
  public record Finding(Kind kind, String word, String around) {
    @Override
    public String toString() {
      return kind + " \"" + word + "\" in \"…" + around + "…\"";
    }
  }

  private static final Pattern UNDERSCORED = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final Pattern CAPITALS =
      Pattern.compile("(?<![\\p{L}\\d_-])[A-Z]{2,}(?![\\p{L}\\d_-])");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");

  /** 2026-12-03T14:05, 14:05:00.123456, 14:05Z, 14:05:00+00:00. */
  private static final Pattern ISO_TIMESTAMP =
      Pattern.compile(
          "\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
              + "|\\b\\d{2}:\\d{2}:\\d{2}\\.\\d{1,9}"
              + "|\\b\\d{2}:\\d{2}(?::\\d{2})?(?:Z\\b|[+-]\\d{2}:\\d{2}\\b)"
              + "|\\b\\d{4}-\\d{2}-\\d{2}Z\\b");

  private static final Pattern SITE_ID =
      Pattern.compile("\\b(?!GM-CSF\\b)[A-Z]{2}-[A-Z]{2,}[A-Z0-9]*\\b"); // GM-CSF is a drug

  /**
   * The barcode data of an ISBT 128 DIN ({@code =A99992600000100}) or its 13 characters run
   * together ({@code A999926000001}) where the eye-readable {@code A9999 26 000001} belongs.
   */
  private static final Pattern RAW_BARCODE =
      Pattern.compile(
          "=[A-NP-Z1-9][A-NP-Z0-9]{2}\\d{10}\\w*|\\b[A-NP-Z1-9][A-NP-Z0-9]{2}\\d{10}(?:\\d{2})?\\b");

  /** A Latin word: letters, with inner hyphens or apostrophes (don't, CAR-T, tisa-cel). */
  private static final Pattern LATIN_WORD =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:['’\\-][A-Za-z0-9]+)*");

  /** Abbreviations people read in clinics, also when an enum of the project spells them alike. */
  private static final Set<String> UNITS =
      Set.of(
          "ml", "l", "dl", "kg", "mg", "g", "µg", "ug", "h", "min", "s", "d", "cm", "mm", "m", "km",
          "mmhg", "bpm", "iu", "cells", "x", "per", "vs");

  /**
   * Enums whose constants only steer a program and are never text on a page, named one by one so
   * that any other enum (a chart's too) stays checked: how a chart is drawn (LINE, STEP, POINTS),
   * how an axis reads (NUMBERS, TIME), how loud a shade is (ALERT, CAUTION, NEUTRAL).
   */
  private static final Set<Class<?>> NEVER_SHOWN =
      Set.of(
          org.openv2v.charts.Series.Kind.class,
          org.openv2v.charts.Axis.Kind.class,
          org.openv2v.charts.Shade.Tone.class);

  private static final Set<String> ENUM_WORDS = projectEnumWords();
  private static final Set<String> NAMES = productNames();

  private MachineWords() {}

  /** Every machine word in the text; {@code korean} adds the check for English words. */
  public static List<Finding> in(String text, boolean korean) {
    return in(text, korean, Set.of());
  }

  /**
   * Every machine word in the text, {@code names} being further proper names allowed in Latin
   * letters (a user name, a patient's name in the demo).
   */
  public static List<Finding> in(String text, boolean korean, Collection<String> names) {
    List<Finding> findings = new ArrayList<>();
    String flat = text == null ? "" : text;
    collect(findings, Kind.UUID, UUID_TEXT, flat);
    collect(findings, Kind.ISO_TIMESTAMP, ISO_TIMESTAMP, flat);
    collect(findings, Kind.ENUM_NAME, UNDERSCORED, flat);
    Matcher capitals = CAPITALS.matcher(flat);
    while (capitals.find()) {
      if (ENUM_WORDS.contains(capitals.group())) {
        findings.add(finding(Kind.ENUM_NAME, flat, capitals.start(), capitals.end()));
      }
    }
    collect(findings, Kind.SITE_ID, SITE_ID, flat);
    collect(findings, Kind.RAW_BARCODE, RAW_BARCODE, flat);
    if (korean) {
      englishRuns(findings, flat, lowered(names));
    }
    return findings;
  }

  /** Every machine word on the page the browser shows, in the language of its {@code html lang}. */
  public static List<Finding> onPage(WebDriver driver) {
    return onPage(driver, Set.of());
  }

  /**
   * As {@link #onPage(WebDriver)}, allowing further proper names in Latin letters. On a Korean
   * page, text inside an element marked {@code lang="en"} (a quoted source, a signed record's
   * original words) is English on purpose, and so is text inside an element marked {@code
   * translate="no"} (a person's name, words a person typed, shown as written): both are checked for
   * machine words, not for English.
   */
  public static List<Finding> onPage(WebDriver driver, Collection<String> names) {
    // One script reads the page's language and its text (and, on a Korean page, its text without
    // the marked English): three round trips to the browser were one.
    List<?> page = (List<?>) ((JavascriptExecutor) driver).executeScript(READABLE_TEXT, "page");
    boolean korean = String.valueOf(page.get(0)).toLowerCase(Locale.ROOT).startsWith("ko");
    List<Finding> findings = in(String.valueOf(page.get(1)), false, names);
    if (korean) {
      englishRuns(findings, String.valueOf(page.get(2)), lowered(names));
    }
    return findings;
  }

  /**
   * What people read on the page: its title, the visible text, and the attributes a person sees or
   * hears (title, aria-label, alt, placeholder, option labels, button values), one a line.
   */
  public static String readableText(WebDriver driver) {
    return readableText(driver, false);
  }

  private static String readableText(WebDriver driver, boolean withoutMarkedEnglish) {
    Object text = ((JavascriptExecutor) driver).executeScript(READABLE_TEXT, withoutMarkedEnglish);
    return text == null ? "" : text.toString();
  }

  /**
   * What people read on the page, with or without the text marked as English on purpose; given
   * {@code "page"}, the page's language, its text and, on a Korean page, its text without the
   * marked English.
   */
  private static final String READABLE_TEXT =
      """
      const read = skipEnglish => {
        const english = skipEnglish && document.body
            ? Array.from(document.body.querySelectorAll('[lang],[translate="no"]'))
                .filter(e => e.getAttribute('translate') === 'no'
                    || !e.lang.toLowerCase().startsWith('ko'))
            : [];
        const marked = e => english.some(m => m.contains(e));
        let body = document.body ? document.body.innerText : '';
        // Longest first: a short marked text ("assumption") may stand inside a longer one
        // ("assumption: half of those…"), and taking it out first would leave the longer one's
        // rest behind, unmatched, to be read as unmarked English.
        const longestFirst = [...english].sort((a, b) => b.innerText.length - a.innerText.length);
        for (const e of longestFirst) {
          const inner = e.innerText;
          if (inner) body = body.split(inner).join('\\n');
        }
        const parts = [document.title, body];
        for (const e of document.querySelectorAll('[title],[aria-label],[alt],[placeholder]')) {
          if (marked(e)) continue;
          for (const a of ['title', 'aria-label', 'alt', 'placeholder']) {
            if (e.hasAttribute(a)) parts.push(e.getAttribute(a));
          }
        }
        for (const o of document.querySelectorAll('option, optgroup')) {
          if (marked(o)) continue;
          parts.push(o.label || o.textContent);
        }
        for (const b of document.querySelectorAll(
            'input[type=submit], input[type=button], input[type=reset]')) {
          parts.push(b.value);
        }
        return parts.join('\\n');
      };
      const lang = document.documentElement.lang || '';
      if (arguments[0] !== 'page') return read(arguments[0]);
      const korean = lang.toLowerCase().startsWith('ko');
      return [lang, read(false), korean ? read(true) : null];
      """;

  private static void englishRuns(List<Finding> findings, String text, Set<String> names) {
    for (String line : text.split("\\R")) {
      Matcher words = LATIN_WORD.matcher(line);
      int runStart = -1;
      int runEnd = -1;
      int count = 0;
      int lastEnd = -1;
      while (words.find()) {
        boolean joined = lastEnd >= 0 && line.substring(lastEnd, words.start()).matches("[ \\t]+");
        boolean allowed = allowedInKorean(words.group(), names);
        if (!joined || allowed) {
          if (count >= 2) {
            findings.add(finding(Kind.ENGLISH_ON_KOREAN_PAGE, line, runStart, runEnd));
          }
          count = 0;
          runStart = -1;
        }
        if (!allowed) {
          if (count == 0) {
            runStart = words.start();
          }
          count++;
          runEnd = words.end();
        }
        lastEnd = allowed ? -1 : words.end();
      }
      if (count >= 2) {
        findings.add(finding(Kind.ENGLISH_ON_KOREAN_PAGE, line, runStart, runEnd));
      }
    }
  }

  private static boolean allowedInKorean(String word, Set<String> names) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean abbreviation = word.length() <= 6 && word.equals(word.toUpperCase(Locale.ROOT));
    return word.length() == 1
        || abbreviation
        || UNITS.contains(lower)
        || NAMES.contains(lower)
        || names.contains(lower)
        // INN stems of cell and gene therapies: tisagenlecleucel, axicabtagene, anbal-cel.
        || lower.endsWith("cel")
        || lower.endsWith("tagene");
  }

  private static void collect(List<Finding> findings, Kind kind, Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      findings.add(finding(kind, text, m.start(), m.end()));
    }
  }

  private static Finding finding(Kind kind, String text, int start, int end) {
    String around =
        text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30))
            .replaceAll("\\s+", " ");
    return new Finding(kind, text.substring(start, end), around);
  }

  private static Set<String> lowered(Collection<String> names) {
    Set<String> lowered = new HashSet<>();
    for (String name : names) {
      for (String word : name.split("[\\s()]+")) {
        lowered.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return lowered;
  }

  /**
   * The one-word constants of the project's enums ({@code MATCH}, {@code MONITORING}), less the
   * abbreviations people write in capitals anyway (CRS, ICU, DIN): those stay readable.
   */
  private static Set<String> projectEnumWords() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(
              org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
            return true;
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
    Set<String> words = new LinkedHashSet<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.openv2v")) {
      try {
        Class<?> type = Class.forName(definition.getBeanClassName());
        if (NEVER_SHOWN.contains(type)) {
          continue;
        }
        for (Object constant : type.getEnumConstants()) {
          String name = ((Enum<?>) constant).name();
          if (name.matches("[A-Z]{2,}") && !looksLikeAbbreviation(name)) {
            words.add(name);
          }
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + definition.getBeanClassName(), e);
      }
    }
    return Set.copyOf(words);
  }

  /** Short constants that are abbreviations in clinics or standards, not words. */
  private static boolean looksLikeAbbreviation(String name) {
    return Set.of(
            "USD", "KRW", "EUR", "CRS", "ICANS", "ICE", "DIN", "MRN", "ICU", "CT", "PET", "EEG",
            "LDH", "CRP", "CPAP", "BIPAP", "IV", "CAPD", "ICAHT", "FACT", "JACIE", "HIRA", "MFDS",
            "FDA", "NCI", "ASTCT", "ASCO", "ICER", "ISBT", "CSV", "JSON", "API", "UUID", "US", "EN",
            "KO", "PI", "VI", "MOD", "PDF", "CAR")
        .contains(name);
  }

  /** Brand names, generic names, codes and makers of the products in the reference data. */
  private static Set<String> productNames() {
    Path products = Path.of("src/main/resources/reference/products.json");
    Set<String> names = new HashSet<>();
    try {
      JsonNode root = JsonMapper.builder().build().readTree(Files.readString(products));
      for (JsonNode product : root.path("products")) {
        for (String field : List.of("code", "brandName", "genericName", "marketingHolder")) {
          for (String word : product.path(field).asText("").split("[\\s()]+")) {
            if (!word.isBlank()) {
              names.add(word.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + products, e);
    }
    return Set.copyOf(names);
  }
}
