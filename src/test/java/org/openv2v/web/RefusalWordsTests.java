package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openv2v.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Refusals in the reader's words: every refusal src/main creates has a message key with English and
 * Korean words; pages show them in the reader's language; the API's {@code detail} stays English
 * unless the request's Accept-Language asks for Korean (docs/i18n.md).
 */
class RefusalWordsTests {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path RESOURCES = Path.of("src/main/resources");

  /** Where a refusal is made: a constructor or one of the factory methods. */
  private static final Pattern CREATED =
      Pattern.compile(
          "(?:new Refusal|Refusal\\.(?:invalidField|notFound|forbidden)"
              + "|(?<![\\w.])(?:invalidField|notFound|forbidden))\\(");

  private static final Pattern WORDS_KEY = Pattern.compile("\\.withWords\\(\\s*\"([^\"]+)\"");

  @Test
  void every_refusal_made_in_src_main_is_given_words() throws IOException {
    List<String> unworded = new ArrayList<>();
    int found = 0;
    for (Path file : sources()) {
      if (file.endsWith(Path.of("org/openv2v/shared/Refusal.java"))) {
        continue;
      }
      String code = Files.readString(file);
      boolean staticImport = code.contains("import static org.openv2v.shared.Refusal.");
      Matcher made = CREATED.matcher(code);
      while (made.find()) {
        String call = made.group();
        if (!call.contains("Refusal") && !staticImport) {
          continue; // another class's method of the same name
        }
        if (declaration(code, made.start())) {
          continue;
        }
        found++;
        int end = closing(code, made.end() - 1);
        if (!code.substring(end + 1).stripLeading().startsWith(".withWords(")) {
          unworded.add(file + ":" + line(code, made.start()));
        }
      }
    }
    assertThat(found).as("refusals found in src/main (the scan works)").isGreaterThan(200);
    assertThat(unworded).as("refusals made without .withWords(key, ...)").isEmpty();
  }

  @Test
  void every_key_given_to_a_refusal_has_english_and_korean_words() throws IOException {
    Properties english = bundles("messages.properties");
    Properties korean = bundles("messages_ko.properties");
    List<String> missing = new ArrayList<>();
    int keys = 0;
    for (Path file : sources()) {
      Matcher key = WORDS_KEY.matcher(Files.readString(file));
      while (key.find()) {
        keys++;
        String name = key.group(1);
        if (english.getProperty(name, "").isBlank()) {
          missing.add(name + " (English) in " + file);
        }
        if (korean.getProperty(name, "").isBlank()) {
          missing.add(name + " (Korean) in " + file);
        }
      }
    }
    assertThat(keys).as("keys given to refusals").isGreaterThan(200);
    assertThat(missing).isEmpty();
  }

  @Test
  void the_api_detail_is_english_unless_korean_is_asked_first() {
    assertThat(ApiProblems.asked(null)).isEmpty();
    assertThat(ApiProblems.asked("ko-KR,ko;q=0.9,en;q=0.8")).contains(Language.KO);
    assertThat(ApiProblems.asked("en-US,en;q=0.9,ko;q=0.5")).contains(Language.EN);
    assertThat(ApiProblems.asked("fr-FR")).isEmpty();
    assertThat(ApiProblems.asked(";;q=x")).isEmpty();
  }

  @Nested
  @IntegrationTest
  class OnPagesAndTheApi {

    @Autowired MockMvc mvc;

    @Test
    void a_refused_referral_reads_in_korean_on_a_korean_page() throws Exception {
      String korean = refusedReferral("ko");
      assertThat(korean)
          .contains("data-referral-refusal")
          .contains("필수 항목입니다.")
          .contains("<li>이름: 필수 항목입니다.</li>")
          .doesNotContain("is required");
      String english = refusedReferral("en");
      assertThat(english).contains("is required").contains("<li>Name: is required</li>");
    }

    @Test
    void the_api_keeps_the_english_detail_and_speaks_korean_when_asked() throws Exception {
      String referral =
          """
          {"patient": {"name": "Api Words", "birthDate": "1970-01-01", "sex": "FEMALE",
           "mrn": "AW-1", "weightKg": 60, "heightCm": 160},
           "productCode": "no-such-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
          """;
      mvc.perform(
              post("/api/v1/cases")
                  .with(httpBasic("coordinator", "coordinator"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(referral))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value("no product no-such-cel"));
      mvc.perform(
              post("/api/v1/cases")
                  .with(httpBasic("coordinator", "coordinator"))
                  .header("Accept-Language", "ko")
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(referral))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.detail").value("그런 제품이 없습니다: no-such-cel"))
          .andExpect(jsonPath("$.errors[0].field").value("productCode"));
    }

    private String refusedReferral(String language) throws Exception {
      return mvc.perform(
              post("/cases/new")
                  .with(httpBasic("coordinator", "coordinator"))
                  .with(csrf())
                  .param("lang", language)
                  .param("name", "")
                  .param("therapy", "tisa-cel|DLBCL"))
          .andExpect(status().isOk())
          .andReturn()
          .getResponse()
          .getContentAsString(StandardCharsets.UTF_8);
    }
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** All bundles of one language together, as the pages' message source reads them. */
  private static Properties bundles(String fileName) throws IOException {
    Properties all = new Properties();
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      for (Path file : files.filter(f -> f.getFileName().toString().equals(fileName)).toList()) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          all.load(in);
        }
      }
    }
    return all;
  }

  /** A method declared with the factory's name (such as {@code static Refusal notFound(}). */
  private static boolean declaration(String code, int at) {
    String before = code.substring(Math.max(0, at - 30), at);
    return before.matches("(?s).*(Refusal|void|String)\\s+$");
  }

  /** The index of the parenthesis closing the one at {@code open}, past strings and chars. */
  private static int closing(String code, int open) {
    int depth = 0;
    for (int i = open; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("unbalanced parentheses at " + open);
  }

  private static int endOfLiteral(String code, int start) {
    char quote = code.charAt(start);
    if (quote == '"' && code.startsWith("\"\"\"", start)) {
      return code.indexOf("\"\"\"", start + 3) + 2;
    }
    for (int i = start + 1; i < code.length(); i++) {
      if (code.charAt(i) == '\\') {
        i++;
      } else if (code.charAt(i) == quote) {
        return i;
      }
    }
    throw new IllegalStateException("unterminated literal at " + start);
  }

  private static int line(String code, int at) {
    return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
