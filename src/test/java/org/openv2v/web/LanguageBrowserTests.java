package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Switching the pages to Korean in a real browser, with the keyboard alone. */
class LanguageBrowserTests extends BrowserTest {

  private String htmlLang() {
    return browser.driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /** Presses Tab until the link to the language is focused, as a keyboard user would. */
  private void tabTo(String language) {
    new Actions(browser.driver).moveToLocation(0, 0).perform();
    browser.driver.executeScript("document.activeElement && document.activeElement.blur();");
    for (int presses = 0; presses < 40; presses++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      Object focused =
          browser.driver.executeScript(
              "return document.activeElement && document.activeElement.getAttribute('data-lang');");
      if (language.equals(focused)) {
        return;
      }
    }
    throw new AssertionError("the " + language + " link is not reachable with Tab");
  }

  @Test
  void coordinator_switches_to_korean_with_the_keyboard_and_sees_the_case_list_in_korean()
      throws IOException, URISyntaxException {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.openCases();
    assertThat(htmlLang()).isEqualTo("en");

    tabTo("ko");
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));

    assertThat(browser.driver.getCurrentUrl()).contains("lang=ko");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("케이스");
    assertThat(browser.driver.findElement(By.cssSelector(".user__role")).getText())
        .isEqualTo("코디네이터");
    assertThat(
            browser.driver.findElement(By.cssSelector(".skip-link")).getDomProperty("textContent"))
        .isEqualTo("본문으로 바로가기");
    List<WebElement> headers =
        browser.driver.findElements(By.cssSelector("#case-results thead th"));
    assertThat(headers.get(0).getText()).isEqualTo("참조번호");
    assertThat(browser.driver.findElements(By.cssSelector("#case-results tbody tr"))).isNotEmpty();
    assertThat(browser.driver.findElement(By.cssSelector("#results-count")).getText())
        .matches("\\d+ 건");
    assertThat(
            browser.driver.findElements(
                By.cssSelector("#case-results .badge[data-state=FOLLOW_UP]")))
        .isNotEmpty()
        .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("추적관찰"));
    assertThat(
            browser.driver.findElements(By.cssSelector("#case-results time")).stream()
                .map(WebElement::getText)
                .toList())
        .allSatisfy(date -> assertThat(date).matches("\\d{4}년 \\d{1,2}월 \\d{1,2}일 \\d{2}:\\d{2}"));
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector(".topbar a[data-lang=ko]"))
                .getDomAttribute("aria-current"))
        .isEqualTo("true");
    browser.screenshot("cases-ko.png");

    // The choice lasts for the session: the next page is Korean without asking again.
    browser.driver.findElement(By.cssSelector("#case-results a.ref")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));
    assertThat(htmlLang()).isEqualTo("ko");
    assertThat(browser.driver.findElement(By.id("journey-title")).getText()).isEqualTo("치료 과정");
    browser.screenshot("case-ko.png");

    tabTo("en");
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.driver.findElement(By.id("journey-title")).getText()).isEqualTo("Journey");
  }

  @Test
  void sign_in_page_offers_korean_before_signing_in() throws IOException, URISyntaxException {
    browser.signOutQuietly(base());
    tabTo("ko");
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));

    assertThat(browser.driver.findElement(By.cssSelector("label[for=username]")).getText())
        .isEqualTo("사용자 이름");
    assertThat(browser.driver.findElement(By.cssSelector("form.login__form button")).getText())
        .isEqualTo("로그인");
    browser.screenshot("login-ko.png");

    browser.driver.findElement(By.id("username")).sendKeys("nurse");
    browser.driver.findElement(By.id("password")).sendKeys("nurse");
    browser.driver.findElement(By.cssSelector("form.login__form button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/(\\?.*)?$"));
    assertThat(htmlLang()).isEqualTo("ko");
    browser.openCases();
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("케이스");
  }

  @Test
  void a_user_saves_english_in_the_settings_and_goes_back_to_the_browsers_choice()
      throws IOException, URISyntaxException {
    browser.signIn(base(), "physician", "physician");
    browser.driver.get(base() + "/cases?lang=ko");
    browser.driver.findElement(By.linkText("설정")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/settings"));
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("설정");
    browser.screenshot("settings-ko.png");

    browser.driver.findElement(By.cssSelector("label[for=language-en]")).click();
    browser.driver.findElement(By.cssSelector("form.settings button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/settings?saved"));
    assertThat(htmlLang()).isEqualTo("en");
    assertThat(browser.driver.findElement(By.id("settings-saved")).getText()).isEqualTo("Saved.");
    assertThat(browser.driver.findElement(By.id("language-en")).isSelected()).isTrue();

    // Back to following the browser, so that the demo physician is as the other tests expect.
    browser.driver.findElement(By.cssSelector("label[for=language-browser]")).click();
    var save = browser.driver.findElement(By.cssSelector("form.settings button[type=submit]"));
    save.click();
    // The address already says saved: wait for the new page itself.
    browser.waitUntilGone(save);
    browser.waiting().until(d -> d.findElement(By.id("language-browser")).isSelected());
  }
}
