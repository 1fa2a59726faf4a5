package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.cases.domain.ClosureReason;
import org.openv2v.cases.domain.WithdrawalReason;
import org.openv2v.security.Role;

/**
 * The message bundles are complete: in every bundle both languages have the same keys, none is
 * empty, every key the templates and page models ask for exists, and the platform's Korean bundle
 * is translated rather than copied.
 */
class LanguageBundleTests {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path PAGE_MODELS = Path.of("src/main/java/org/openv2v/cases/web");

  /**
   * Keys whose value is the same in both languages by nature: names, codes, patterns of symbols.
   */
  private static final Set<String> SAME_IN_BOTH =
      Set.of("app.name", "app.titled", "case.din", "case.col.sequence", "list.zone");

  private static Properties bundle(String name) throws IOException {
    return load(RESOURCES.resolve(name));
  }

  private static Properties english() throws IOException {
    return bundle("messages.properties");
  }

  private static Properties korean() throws IOException {
    return bundle("messages_ko.properties");
  }

  /** Every English bundle: the platform's and those of modules with pages of their own. */
  private static List<Path> englishBundles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  private static Path koreanOf(Path english) {
    return english.resolveSibling("messages_ko.properties");
  }

  /** Every key of every English bundle, as the pages' message source sees them together. */
  private static Set<String> allKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path bundle : englishBundles()) {
      keys.addAll(load(bundle).stringPropertyNames());
    }
    return keys;
  }

  @Test
  void both_languages_have_exactly_the_same_keys() throws IOException {
    assertThat(englishBundles()).contains(RESOURCES.resolve("messages.properties"));
    for (Path english : englishBundles()) {
      assertThat(koreanOf(english)).as("Korean of " + english).exists();
      assertThat(load(koreanOf(english)).stringPropertyNames())
          .as(koreanOf(english).toString())
          .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
    }
  }

  @Test
  void no_message_is_empty() throws IOException {
    for (Path english : englishBundles()) {
      for (Path file : List.of(english, koreanOf(english))) {
        Properties bundle = load(file);
        assertThat(bundle.stringPropertyNames())
            .allSatisfy(
                key -> assertThat(bundle.getProperty(key)).as(file + " " + key).isNotBlank());
      }
    }
  }

  @Test
  void korean_messages_are_translated_not_copied() throws IOException {
    Properties english = english();
    Properties korean = korean();
    for (String key : english.stringPropertyNames()) {
      if (!SAME_IN_BOTH.contains(key)) {
        assertThat(korean.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void every_message_key_a_template_uses_exists() throws IOException {
    Set<String> keys = allKeys();
    Set<String> used = new TreeSet<>();
    // #{key} and #{key(args)}; keys built at run time (#{${...}}) are checked below by family.
    Pattern message = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9.\\-]*)[(}]");
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher found = message.matcher(Files.readString(file));
        while (found.find()) {
          used.add(found.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(keys).containsAll(used);
  }

  @Test
  void every_message_key_the_page_models_use_exists() throws IOException {
    Set<String> keys = english().stringPropertyNames();
    Set<String> used = new TreeSet<>();
    Pattern literal = Pattern.compile("(?:get|of)\\(\\s*\"([a-z][A-Za-z0-9.\\-]*)\"");
    try (Stream<Path> files = Files.list(PAGE_MODELS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher found = literal.matcher(Files.readString(file));
        while (found.find()) {
          String key = found.group(1);
          if (key.endsWith(".")) {
            continue; // a prefix completed at run time, checked by family below
          }
          if (key.contains(".")) {
            used.add(key);
          } else {
            // A milestone's key: its card reads the title, subtitle and explanation.
            used.add("milestone." + key + ".title");
            used.add("milestone." + key + ".subtitle");
            used.add("milestone." + key + ".how");
          }
        }
      }
    }
    assertThat(used).contains("notice.failedOn", "milestone.vein-to-vein.how", "format.date");
    assertThat(keys).containsAll(used);
  }

  @Test
  void every_code_the_pages_put_into_words_has_its_words() throws IOException {
    Set<String> keys = english().stringPropertyNames();
    Set<String> needed = new TreeSet<>();
    Arrays.stream(CaseState.values()).forEach(s -> needed.add("state." + s.name()));
    Arrays.stream(CaseState.values()).forEach(s -> needed.add("step." + s.name()));
    Arrays.stream(CaseEventType.values()).forEach(e -> needed.add("event." + e.name()));
    Arrays.stream(ClosureReason.values()).forEach(r -> needed.add("reason." + r.name()));
    Arrays.stream(WithdrawalReason.values()).forEach(r -> needed.add("reason." + r.name()));
    Arrays.stream(Sex.values()).forEach(s -> needed.add("sex." + s.name()));
    Arrays.stream(Role.values()).forEach(r -> needed.add("role." + r.name()));
    Stream.of("done", "current", "skipped", "failed", "withdrawn", "upcoming")
        .forEach(status -> needed.add("step.status." + status));
    Stream.of("404", "403", "500", "other").forEach(kind -> needed.add("error.title." + kind));
    assertThat(keys).containsAll(needed);
  }

  /**
   * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quote and
   * swallows the argument: "site's {0}" would print "sites {0}".
   */
  @Test
  void messages_with_arguments_are_valid_message_formats() throws IOException {
    List<Properties> bundles = new ArrayList<>();
    for (Path english : englishBundles()) {
      bundles.add(load(english));
      bundles.add(load(koreanOf(english)));
    }
    for (Properties bundle : bundles) {
      for (String key : bundle.stringPropertyNames()) {
        String value = bundle.getProperty(key);
        if (!value.contains("{0")) {
          continue;
        }
        assertThat(value.replace("''", "")).as(key).doesNotContain("'");
        String formatted = new MessageFormat(value, Locale.ENGLISH).format(new Object[] {7L});
        assertThat(formatted).as(key).doesNotContain("{0");
      }
    }
  }

  @Test
  void date_patterns_read_unambiguously_in_each_language() throws IOException {
    LocalDateTime third = LocalDateTime.of(2026, 3, 4, 9, 30);
    assertThat(format(english(), "format.date", third, Locale.ENGLISH)).isEqualTo("4 Mar 2026");
    assertThat(format(english(), "format.dateTime", third, Locale.ENGLISH))
        .isEqualTo("4 Mar 2026, 09:30");
    assertThat(format(korean(), "format.date", third, Locale.KOREAN)).isEqualTo("2026년 3월 4일");
    assertThat(format(korean(), "format.dateTime", third, Locale.KOREAN))
        .isEqualTo("2026년 3월 4일 09:30");
  }

  private static String format(Properties bundle, String key, LocalDateTime at, Locale locale) {
    return DateTimeFormatter.ofPattern(bundle.getProperty(key), locale).format(at);
  }
}
