package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The worklist home in a real browser, as the demo coordinator. */
class HomeBrowserTests extends BrowserTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** Demo patients at the coordinator's centres (demo/cases.json) whose cases are still open. */
  private static final List<String> DEMO_PATIENTS =
      List.of("Lee Jae-hoon", "Choi Eun-young", "Jung Sung-ho", "Park Seo-jun", "Kim Min-jun");

  @Test
  void coordinator_home_shows_the_demo_cases() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Home");
    List<WebElement> columns =
        browser.driver.findElements(By.cssSelector("#pipeline .pipeline__column"));
    assertThat(columns)
        .extracting(c -> c.getDomAttribute("data-stage"))
        .containsExactly(
            "INTAKE", "APHERESIS", "MANUFACTURING", "RETURN_AND_INFUSION", "AFTER_INFUSION");
    List<String> names =
        browser
            .driver
            .findElements(By.cssSelector("#pipeline .pipeline__card .patient-name"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(names).containsAnyElementsOf(DEMO_PATIENTS);
    assertThat(browser.driver.findElements(By.cssSelector("#pipeline .pipeline__card .ref")))
        .isNotEmpty()
        .allSatisfy(ref -> assertThat(ref.getText()).matches("[A-Z0-9]+-\\d+"));
    assertThat(browser.driver.findElements(By.cssSelector("#pipeline .pipeline__days")))
        .allSatisfy(
            days ->
                assertThat(days.getText())
                    .matches("\\d+ days? in this state|entered this state today"));
    for (String bucket : List.of("overdue", "dueToday", "waitingOnOthers")) {
      assertThat(browser.driver.findElement(By.id("tasks-" + bucket + "-title")).getText())
          .isNotBlank();
    }
    browser.screenshot("home.png");

    // A task or a card leads to the case page.
    browser.driver.findElement(By.cssSelector("#pipeline .pipeline__card a.ref")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));
  }

  /**
   * The registry and regulator forms due appear on the coordinator's Home with their due date,
   * overdue ones flagged, and lead to the form's page; both pages in English and Korean carry no
   * machine word.
   */
  @Test
  void coordinator_home_lists_registry_forms_due_and_opens_one() {
    browser.signIn(base(), "coordinator", "coordinator");
    for (String lang : List.of("en", "ko")) {
      browser.driver.get(base() + "/?lang=" + lang);
      List<WebElement> reports =
          browser.driver.findElements(By.cssSelector("#reports tr.report-due"));
      assertThat(reports).isNotEmpty();
      WebElement overdue =
          browser.driver.findElement(By.cssSelector("#reports tr.report-due[data-overdue=true]"));
      assertThat(overdue.findElement(By.cssSelector(".report-due__when .badge")).getText())
          .contains(lang.equals("en") ? "overdue since" : "기한 지남");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver)
          .executeScript("document.getElementById('reports').scrollIntoView({block: 'start'})");
      browser.screenshot("home-reports-" + lang + ".png");
      assertThat(MachineWords.onPage(browser.driver, List.of("Demo Coordinator"))).isEmpty();

      browser.driver.findElement(By.cssSelector("#reports a.report-due__link")).click();
      browser
          .waiting()
          .until(ExpectedConditions.urlMatches("/registry-forms/[a-z0-9-]+/[a-z0-9-]+$"));
      assertThat(browser.driver.findElements(By.cssSelector("tr[data-field]"))).isNotEmpty();
      browser.screenshot("registry-form-" + lang + ".png");
      assertThat(MachineWords.onPage(browser.driver, List.of("Demo Coordinator"))).isEmpty();
    }
  }

  /**
   * The MFDS long-term follow-up and the HIRA outcome report of an infused lymphoma case read as
   * pages in English and Korean, with their Korean labels and no machine word; so does a CIBMTR
   * follow-up form, whose labels are the registry's English.
   */
  @Test
  void korean_reports_read_as_pages_in_both_languages() {
    String caseId =
        jdbc.sql(
                "select id::text from cases.patient_case where treatment_centre_id = 'KR-SNUH'"
                    + " and indication = 'DLBCL' and state in ('FOLLOW_UP', 'MONITORING')"
                    + " order by referred_at limit 1")
            .query(String.class)
            .single();
    browser.signIn(base(), "coordinator", "coordinator");
    for (String lang : List.of("en", "ko")) {
      for (String form :
          List.of("mfds-ltfu/year-1", "hira-outcome/month-6", "cibmtr-4100/day-100")) {
        browser.driver.get(
            base() + "/cases/" + caseId + "/registry-forms/" + form + "?lang=" + lang);
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-field]")))
            .hasSizeGreaterThan(12);
        if (!form.startsWith("cibmtr")) {
          assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("투여일");
        }
        browser.screenshot("registry-" + form.replace('/', '-') + "-" + lang + ".png");
        assertThat(MachineWords.onPage(browser.driver, List.of("Demo Coordinator"))).isEmpty();
      }
    }
  }

  @Test
  void searching_from_the_home_finds_a_demo_patient_by_name() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/");

    WebElement box = browser.driver.findElement(By.id("worklist-q"));
    box.sendKeys("Kim Min-jun", Keys.ENTER);
    browser.waiting().until(ExpectedConditions.urlContains("q=Kim"));

    List<WebElement> patients =
        browser.driver.findElements(By.cssSelector("#case-results td.patient"));
    assertThat(patients)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getText()).isEqualTo("Kim Min-jun"));
    assertThat(browser.driver.findElement(By.id("filter-q")).getDomProperty("value"))
        .isEqualTo("Kim Min-jun");
    browser.screenshot("home-search.png");
  }
}
