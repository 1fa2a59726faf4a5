package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One person's walk through the pages in a shared browser: signs in, then moves only by links and
 * buttons, and checks on every page that nothing written for programs is shown to people (enum
 * names, UUIDs, ISO timestamps), in the language the page is in.
 */
final class ClinicalDayWalk {

  /** The kinds of machine words the walk refuses on every page (issue 13, how it is judged). */
  private static final Set<MachineWords.Kind> REFUSED =
      Set.of(MachineWords.Kind.ENUM_NAME, MachineWords.Kind.UUID, MachineWords.Kind.ISO_TIMESTAMP);

  private final BrowserSession browser;
  private final String base;
  private final String who;
  private int pages;
  private java.util.Collection<String> names = List.of();
  private final List<String> otherFindings = new java.util.ArrayList<>();

  ClinicalDayWalk(BrowserSession browser, String base, String who) {
    this.browser = browser;
    this.base = base;
    this.who = who;
  }

  /** The path of the page the browser shows now, without the query. */
  String path() {
    String url = browser.driver.getCurrentUrl();
    String path = url.substring(base.length());
    int query = path.indexOf('?');
    int hash = path.indexOf('#');
    int end = query >= 0 ? query : (hash >= 0 ? hash : path.length());
    return path.substring(0, end);
  }

  /** The names of the main menu's entries, in order. */
  List<String> menu() {
    return browser.driver.findElements(By.cssSelector(".topbar__nav a")).stream()
        .map(a -> a.getAttribute("data-nav"))
        .toList();
  }

  WebElement find(String css) {
    try {
      return browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException missing) {
      browser.screenshot("walk-" + who + "-missing.png");
      throw missing;
    }
  }

  /** Clicks and waits for the next page to replace this one. */
  ClinicalDayWalk click(String css) {
    WebElement target = find(css);
    target.click();
    browser.waitUntilGone(target);
    waitForPanels();
    return this;
  }

  /** Clicks the link that reads {@code text} and waits for the page it opens. */
  ClinicalDayWalk clickLink(String text) {
    WebElement link =
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    link.click();
    browser.waitUntilGone(link);
    waitForPanels();
    return this;
  }

  /** Clicks something that changes the page in place (an htmx form). */
  ClinicalDayWalk clickInPlace(String css) {
    find(css).click();
    return this;
  }

  ClinicalDayWalk type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** A date into an input of type date, as the browser's own picker would set it. */
  ClinicalDayWalk date(String css, java.time.LocalDate day) {
    WebElement field = find(css);
    browser.driver.executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
        field,
        day.toString());
    return this;
  }

  /** The case panels load after the page: wait until none still says it is loading. */
  /**
   * Fills the referral form on screen for a woman with DLBCL, to be given tisa-cel at SNUH, and
   * sends it; answers the medical record number it typed (a fresh one, so no case is open for it).
   */
  String refer(String name, java.time.LocalDate birth, String weightKg, String heightCm) {
    String mrn = "WALK-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    type("#ref-name", name)
        .date("#ref-birth", birth)
        .type("#ref-weight", weightKg)
        .type("#ref-height", heightCm)
        .type("#ref-mrn", mrn);
    new org.openqa.selenium.support.ui.Select(find("#ref-sex")).selectByValue("FEMALE");
    new org.openqa.selenium.support.ui.Select(find("#ref-therapy")).selectByValue("tisa-cel|DLBCL");
    new org.openqa.selenium.support.ui.Select(find("#ref-centre")).selectByValue("KR-SNUH");
    click("[data-refer]");
    return mrn;
  }

  /** A logger's trace as a courier uploads it: twelve readings five minutes apart from start. */
  static java.nio.file.Path loggerFile(java.time.OffsetDateTime start, String celsius)
      throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("walk-logger-", ".csv");
    try (org.apache.commons.csv.CSVPrinter csv =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader("time", "temperatureCelsius")
            .setRecordSeparator("\n")
            .get()
            .print(file, java.nio.charset.StandardCharsets.UTF_8)) {
      for (int i = 0; i < 12; i++) {
        csv.printRecord(start.plusMinutes(5L * i), celsius);
      }
    }
    return file;
  }

  void waitForPanels() {
    browser
        .waiting()
        .until(
            // One script for all panels: asking the driver for each panel's text twice cost a
            // round trip per panel on every poll.
            driver ->
                (Boolean)
                    browser.driver.executeScript(
                        "return Array.from(document.querySelectorAll('.panel__body'))"
                            + ".map(body => body.innerText.trim())"
                            + ".every(text => text !== '' && !text.endsWith('…'));"));
  }

  /** Asserts that the page shows no enum name, UUID or ISO timestamp; returns the page's path. */
  String checkWords(String shot) {
    waitForPanels();
    List<MachineWords.Finding> all = MachineWords.onPage(browser.driver, names);
    List<MachineWords.Finding> found =
        all.stream().filter(finding -> REFUSED.contains(finding.kind())).toList();
    all.stream()
        .filter(finding -> !REFUSED.contains(finding.kind()))
        .forEach(finding -> otherFindings.add(shot + " " + path() + ": " + finding));
    browser.screenshot("walk-" + shot + ".png");
    pages++;
    assertThat(found).as("machine words on %s (%s)", path(), shot).isEmpty();
    return path();
  }

  /** Switches the pages' language with the top bar's link. */
  ClinicalDayWalk language(String code) {
    return click("a.languages__link[data-lang=" + code + "]");
  }

  /** Proper names the pages may show in Latin letters on a Korean page (patients, users). */
  ClinicalDayWalk allowingNames(java.util.Collection<String> proper) {
    this.names = List.copyOf(proper);
    return this;
  }

  /**
   * Machine words of the kinds the walk reports but does not refuse (site ids, English on a Korean
   * page, raw barcodes), each with the page it was seen on.
   */
  List<String> otherFindings() {
    return otherFindings;
  }

  int pagesChecked() {
    return pages;
  }
}
