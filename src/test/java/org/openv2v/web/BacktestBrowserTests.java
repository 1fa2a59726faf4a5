package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openv2v.security.Role;

/**
 * The forecast's backtest where planners and coordinators find it: from the planning page, from a
 * case's forecast, in English and Korean, with its calibration plot and no machine words
 * (screenshots forecast-backtest-*.png).
 */
class BacktestBrowserTests extends BrowserTest {

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Role role : Role.values()) {
      names.add("Demo " + role.name().charAt(0) + role.name().substring(1).toLowerCase());
    }
    return names;
  }

  @Test
  void a_planner_finds_the_backtest_from_planning_and_reads_its_scores_in_both_languages() {
    browser.signIn(base(), "planner", "planner");
    for (String lang : new String[] {"en", "ko"}) {
      browser.driver.findElement(By.cssSelector("[data-nav='planning']")).click();
      browser.driver.findElement(By.cssSelector("#languages [data-lang='" + lang + "']")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(By.cssSelector("[data-nav-to='backtest']")))
          .click();
      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("[data-backtest='brier-within']")));
      String scores =
          browser.driver.findElement(By.cssSelector("[data-backtest='result']")).getText();
      assertThat(scores).contains(lang.equals("en") ? "Brier score" : "브라이어 점수");
      assertThat(browser.driver.findElements(By.cssSelector("[data-backtest='plot'] svg")))
          .hasSize(1);
      browser.screenshot("forecast-backtest-" + lang + ".png");
      assertThat(MachineWords.onPage(browser.driver, names())).isEmpty();
    }
    browser.signOutQuietly(base());
  }

  @org.springframework.beans.factory.annotation.Autowired org.openv2v.forecast.Forecasts forecasts;

  @Test
  void a_coordinator_goes_from_the_what_if_page_to_the_backtest_and_back() {
    forecasts.refresh();
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.findElement(By.cssSelector("#languages [data-lang='en']")).click();
    // Home → a case in the pipeline → its forecast → what if → backtest
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-nav='cases']")))
        .click();
    List<org.openqa.selenium.WebElement> links =
        browser.driver.findElements(By.cssSelector("a[href*='/cases/']"));
    boolean found = false;
    for (int i = 0; i < links.size() && !found; i++) {
      String href =
          browser
              .driver
              .findElements(By.cssSelector("a[href*='/cases/']"))
              .get(i)
              .getAttribute("href");
      if (href == null || href.endsWith("/cases/new")) {
        continue;
      }
      browser.driver.findElements(By.cssSelector("a[href*='/cases/']")).get(i).click();
      found = !browser.driver.findElements(By.cssSelector("[data-forecast='backtest']")).isEmpty();
      if (!found) {
        browser.driver.navigate().back();
      }
    }
    assertThat(found).as("a case page with a forecast links to the backtest").isTrue();
    browser.driver.findElement(By.cssSelector("[data-forecast='backtest']")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-backtest='result']")));
    browser.driver.findElement(By.cssSelector("[data-backtest='what-if']")).click();
    // What if the centre opened a second infusion chair next week?
    browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-whatif='chair-form']")));
    browser.driver.executeScript(
        "const f = document.querySelector('[data-whatif=chair-form]');"
            + "f.querySelector('[name=weekStart]').value = arguments[0];"
            + "f.querySelector('[name=chairs]').value = '1';"
            + "f.querySelector('[name=units]').value = '1';",
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
            .toString());
    browser.driver.findElement(By.cssSelector("[data-whatif='chair-form'] button")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-whatif='infusions']")));
    assertThat(browser.driver.findElements(By.cssSelector("[data-whatif='chair-refused']")))
        .isEmpty();
    browser.screenshot("forecast-what-if-chair-en.png");
    assertThat(MachineWords.onPage(browser.driver, names())).isEmpty();
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-whatif='backtest']")))
        .click();
    browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-backtest='plot']")));
    browser.signOutQuietly(base());
  }
}
