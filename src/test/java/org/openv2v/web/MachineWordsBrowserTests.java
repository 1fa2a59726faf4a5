package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every demo user, in English and in Korean, follows every link of the pages their role reaches (a
 * few of each kind of page, the bedside screen of the cases they open and the patient's own status
 * page) and reads no machine word on any of them ({@link MachineWords}).
 */
class MachineWordsBrowserTests extends BrowserTest {

  private static final List<String> ROLES =
      List.of(
          "coordinator",
          "physician",
          "nurse",
          "manufacturer",
          "courier",
          "auditor",
          "admin",
          "planner");

  /** Pages of one kind (the same address but for ids) visited at most this often per user. */
  private static final int SAME_KIND = 2;

  private static final int PAGES_PER_USER = 25;

  private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}|\\d+");
  private static final Pattern CASE_PAGE = Pattern.compile("/cases/([0-9a-fA-F-]{36})(?:[?#].*)?$");

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /**
   * The demo's user names, allowed in Latin letters on a Korean page. People's names (patients,
   * signers) and what people typed are not listed: the pages mark them {@code translate="no"}, and
   * the checker skips exactly those elements for English words.
   */
  private static List<String> names() {
    return new ArrayList<>(ROLES);
  }

  @Test
  void no_user_reads_a_machine_word_on_any_page_in_english_or_korean() throws Exception {
    List<String> names = names();
    String statusPage = issueStatusLink();
    List<String> report = new ArrayList<>();
    int pages = 0;
    for (String role : ROLES) {
      // One sign-in per user: the crawl only reads pages, and the language is switched by address.
      browser.signIn(base(), role, role);
      for (String language : List.of("en", "ko")) {
        browser.driver.get(base() + "/?lang=" + language);
        pages +=
            crawl(
                role,
                language,
                url -> {
                  List<MachineWords.Finding> findings =
                      new ArrayList<>(MachineWords.onPage(browser.driver, names));
                  serverError().ifPresent(findings::add);
                  if (!findings.isEmpty()) {
                    report.add(role + " " + language + " " + url.replace(base(), ""));
                    findings.stream().distinct().forEach(f -> report.add("    " + f));
                    write(report);
                  }
                });
      }
    }
    for (String language : List.of("en", "ko")) {
      browser.signOutQuietly(base());
      browser.driver.get(statusPage + "?lang=" + language);
      browser.screenshot("words-status-" + language + ".png");
      pages++;
      List<MachineWords.Finding> findings = MachineWords.onPage(browser.driver, names);
      if (!findings.isEmpty()) {
        report.add("patient " + language + " status page");
        findings.stream().distinct().forEach(f -> report.add("    " + f));
      }
    }
    report.add(0, "pages read: " + pages);
    Path out = write(report);
    report.remove(0);
    assertThat(pages).as("pages read").isGreaterThan(8 * 2 * 3);
    assertThat(report).as("machine words on pages (also in " + out + ")").isEmpty();
  }

  /** A page that answered with the error page of a server failure (5xx) is a finding too. */
  private static java.util.Optional<MachineWords.Finding> serverError() {
    Object code =
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "const c = document.querySelector('.problem__code');"
                    + " return c ? c.textContent.trim() : '';");
    return String.valueOf(code).startsWith("5")
        ? java.util.Optional.of(
            new MachineWords.Finding(
                MachineWords.Kind.SERVER_ERROR_PAGE, "HTTP " + code, browser.driver.getTitle()))
        : java.util.Optional.empty();
  }

  /** Writes what was found so far, to read while the sweep goes on. */
  private static Path write(List<String> report) {
    Path out = Path.of("target", "machine-words.txt");
    try {
      Files.writeString(out, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Follows the same-site links of each page from the landing page, breadth first, and yields the
   * address of every page to {@code onPage} while it is shown; each case page adds its bedside
   * screen. Answers how many pages were read.
   */
  private int crawl(String role, String language, Consumer<String> onPage) {
    Deque<String> queue = new ArrayDeque<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Integer> kinds = new HashMap<>();
    List<String> visited = new ArrayList<>();
    queue.add(browser.driver.getCurrentUrl());
    while (!queue.isEmpty() && visited.size() < PAGES_PER_USER) {
      String url = queue.poll();
      String kind = ID.matcher(url.replaceAll("[?#].*", "")).replaceAll("{id}");
      if (!seen.add(url) || kinds.merge(kind, 1, Integer::sum) > SAME_KIND) {
        continue;
      }
      if (!url.equals(browser.driver.getCurrentUrl())) {
        browser.driver.get(url);
      }
      visited.add(url);
      String shot = role + "-" + language + "-" + visited.size() + ".png";
      if (visited.size() <= 6) {
        browser.screenshot("words-" + shot);
      }
      onPage.accept(url);
      Matcher casePage = CASE_PAGE.matcher(url);
      if (casePage.find()) {
        queue.addFirst(base() + "/cases/" + casePage.group(1) + "/bedside");
      }
      for (String link : links()) {
        if (!seen.contains(link)) {
          queue.add(link);
        }
      }
    }
    return visited.size();
  }

  @SuppressWarnings("unchecked")
  private List<String> links() {
    Object hrefs =
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
    List<String> links = new ArrayList<>();
    for (Object href : (List<Object>) hrefs) {
      String link = String.valueOf(href).replaceAll("#.*", "");
      if (link.startsWith(base())
          && !link.contains("lang=")
          && !link.contains("/logout")
          && !link.contains("/api/")
          && !link.contains("/login")
          && !link.matches(".*\\.(png|pdf|csv|json|svg|css|js)(\\?.*)?$")
          && !link.contains("/report")
          && !link.contains("/label")) {
        links.add(link);
      }
    }
    return links;
  }

  /** A status link of a demo case, issued by the coordinator over the API. */
  private String issueStatusLink() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("coordinator:coordinator".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> cases =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/cases"))
                .header("Authorization", basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(cases.body());
    assertThat(id.find()).as("a demo case in " + cases.body()).isTrue();
    HttpResponse<String> link =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base() + "/api/v1/cases/" + id.group(1) + "/status-links"))
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
    return JsonMapper.builder().build().readTree(link.body()).path("url").asText();
  }
}
