package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openv2v.cases.Cases;
import org.openv2v.cases.OpenCase;
import org.openv2v.forecast.Forecasts;
import org.openv2v.patientstatus.StatusLinks;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forecast where people read it: the case page's section, Home's pipeline cards, the
 * manufacturer's table by DIN and the patient's status page, in English and Korean, with no machine
 * words (screenshots forecast-*.png).
 */
class ForecastBrowserTests extends BrowserTest {

  @Autowired Forecasts forecasts;
  @Autowired Cases cases;
  @Autowired StatusLinks links;

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** People's names (demo users and patients): proper names, allowed in Latin letters. */
  private java.util.List<String> names() {
    java.util.List<String> names =
        new java.util.ArrayList<>(
            jdbc.sql("select distinct patient_name from cases.patient_case")
                .query(String.class)
                .list());
    for (Role role : Role.values()) {
      names.add("Demo " + role.name().charAt(0) + role.name().substring(1).toLowerCase());
    }
    return names;
  }

  private OpenCase waitingAtSnuh() {
    return cases.openBeforeInfusion().stream()
        .filter(c -> c.treatmentCentreId().equals("KR-SNUH"))
        .filter(c -> forecasts.ofCase(c.id()).flatMap(f -> f.p10()).isPresent())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_case_page_home_and_status_page_say_when_in_words_in_both_languages() {
    forecasts.refresh();
    OpenCase open = waitingAtSnuh();
    browser.signIn(base(), "coordinator", "coordinator");
    for (String lang : new String[] {"en", "ko"}) {
      browser.driver.get(base() + "/cases/" + open.id() + "?lang=" + lang);
      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("[data-forecast='expected']")));
      String expected =
          browser.driver.findElement(By.cssSelector("[data-forecast='expected']")).getText();
      assertThat(expected).contains(lang.equals("en") ? "Expected between" : "사이에 주입 예상");
      browser
          .driver
          .findElement(By.id("forecast-panel"))
          .getLocation(); // present: scroll to it for the picture
      browser.driver.executeScript(
          "document.getElementById('forecast-panel').scrollIntoView({block: 'center'})");
      browser.screenshot("forecast-case-" + lang + ".png");
      // The forecast's own section (other sections are checked by their own tests).
      assertThat(
              MachineWords.in(
                  browser.driver.findElement(By.id("forecast-panel")).getText(),
                  lang.equals("ko"),
                  names()))
          .isEmpty();

      browser.driver.get(base() + "/?lang=" + lang);
      assertThat(browser.driver.findElements(By.cssSelector("[data-forecast='card']")))
          .isNotEmpty();
      browser.driver.executeScript(
          "document.getElementById('pipeline').scrollIntoView({block: 'start'})");
      browser.screenshot("forecast-home-" + lang + ".png");
      assertThat(MachineWords.onPage(browser.driver, names())).isEmpty();
    }
    browser.signOutQuietly(base());

    Actor coordinator =
        new Actor("coordinator", "Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));
    String path = links.issue(open.id(), coordinator).path();
    for (String lang : new String[] {"en", "ko"}) {
      browser.driver.get(base() + path + "?lang=" + lang);
      String text =
          browser.driver.findElement(By.cssSelector("[data-status='expected']")).getText();
      assertThat(text).contains(lang.equals("en") ? "expected between" : "사이로 예상됩니다");
      browser.screenshot("forecast-status-" + lang + ".png");
      assertThat(MachineWords.onPage(browser.driver, names())).isEmpty();
    }
  }

  @Test
  void a_coordinator_tries_more_slots_and_sees_the_change_with_intervals() {
    forecasts.refresh();
    browser.signIn(base(), "coordinator", "coordinator");
    String monday =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
            .toString();
    for (String lang : new String[] {"en", "ko"}) {
      browser.driver.get(base() + "/forecast/what-if?lang=" + lang);
      browser.driver.executeScript(
          "document.querySelector('[name=weekStart]').value = arguments[0];"
              + "document.querySelector('[name=units]').value = '3';",
          monday);
      browser.driver.findElement(By.cssSelector("[data-whatif='form'] button")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("[data-whatif='infusions']")));
      assertThat(browser.driver.findElement(By.cssSelector("[data-whatif='result']")).getText())
          .contains(lang.equals("en") ? "Expected infusions" : "예상 주입 건수");
      browser.screenshot("forecast-what-if-" + lang + ".png");
      assertThat(MachineWords.onPage(browser.driver, names())).isEmpty();
    }
    browser.signOutQuietly(base());
  }

  @Test
  void the_manufacturer_sees_the_forecast_by_din_without_names() {
    forecasts.refresh();
    browser.signIn(base(), "manufacturer", "manufacturer");
    for (String lang : new String[] {"en", "ko"}) {
      browser.driver.get(base() + "/manufacturing?lang=" + lang);
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("forecast-by-din")));
      String table = browser.driver.findElement(By.id("forecast-by-din")).getText();
      assertThat(table).doesNotContain("V2V-").doesNotContain("Kim Min-jun");
      assertThat(browser.driver.findElements(By.cssSelector("#forecast-by-din .din"))).isNotEmpty();
      browser.driver.executeScript(
          "document.getElementById('forecast').scrollIntoView({block: 'start'})");
      browser.screenshot("forecast-manufacturing-" + lang + ".png");
      assertThat(MachineWords.onPage(browser.driver, names())).isEmpty();
    }
    browser.signOutQuietly(base());
  }
}
