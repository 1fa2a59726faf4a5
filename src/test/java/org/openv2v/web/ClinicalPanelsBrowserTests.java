package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.safety.web.PanelFixture;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The case page's clinical panels, status links and actions in a real browser. */
class ClinicalPanelsBrowserTests extends BrowserTest {

  private static final Actor COORDINATOR =
      new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));

  @Autowired Cases cases;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  private WebElement waitFor(String css) {
    return browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void physician_records_a_crs_assessment_on_an_infused_case_and_sees_the_curve() throws Exception {
    // A case of its own, infused two days ago: the shared database's follow-up cases are other
    // tests' too, and which ran before this one changes from run to run.
    String infused = new PanelFixture(mvc, json).infused().id();
    browser.signIn(base(), "physician", "physician");
    browser.driver.get(base() + "/cases/" + infused);

    WebElement form = waitFor("#panel-assessments form[data-form=crs]");
    WebElement temperature = form.findElement(By.name("temperatureC"));
    temperature.clear();
    temperature.sendKeys("39.4");
    new Select(form.findElement(By.name("hypotension"))).selectByValue("FLUIDS_ONLY");
    new Select(form.findElement(By.name("oxygen"))).selectByValue("LOW_FLOW_NASAL_CANNULA");
    form.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement recorded = waitFor("#panel-assessments [data-recorded]");
    assertThat(recorded.getText()).contains("grade 2");
    List<WebElement> points =
        browser.driver.findElements(
            By.cssSelector("#panel-assessments [data-grade-curve] svg.chart circle.chart-dot"));
    assertThat(points).isNotEmpty();
    // The demo case may carry its own assessments too: the one just recorded is a CRS dot of grade
    // 2.
    assertThat(
            points.stream()
                .map(p -> p.findElement(By.cssSelector("title")).getAttribute("textContent"))
                .toList())
        .anySatisfy(title -> assertThat(title).startsWith("CRS").endsWith("grade 2"));
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector("#panel-assessments path.chart-line[data-series=CRS]"))
                .getDomAttribute("d"))
        .startsWith("M");
    assertThat(waitFor("#panel-pre-infusion [data-item]").isDisplayed()).isTrue();
    assertThat(waitFor("#panel-follow-up table").getText()).contains("Daily CRS and ICANS check");
    browser.driver.executeScript("document.getElementById('panel-assessments').scrollIntoView()");
    browser.screenshot("case-clinical.png");
  }

  @Test
  void coordinator_issues_a_status_link_that_opens_until_it_is_revoked() {
    UUID id = refer();
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/cases/" + id);

    waitFor("#panel-status-links button[data-issue]").click();
    String url = waitFor("#panel-status-links input[data-issued-url]").getDomProperty("value");
    assertThat(url).contains("/status/");

    browser.driver.get(url);
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Your CAR T-cell therapy");
    assertThat(browser.driver.findElement(By.cssSelector(".status__now")).getText())
        .contains("Getting ready to collect your cells");
    assertThat(browser.driver.getPageSource()).doesNotContain("Browser Patient");
    browser.screenshot("patient-status.png");

    browser.driver.get(base() + "/cases/" + id);
    waitFor("#panel-status-links button[data-revoke]").click();
    waitFor("#panel-status-links tr[data-revoked=true]");

    browser.driver.get(url);
    browser.driver.navigate().refresh();
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("This link does not open");
    browser.screenshot("patient-status-revoked.png");
  }

  @Test
  void coordinator_withdraws_a_fresh_case_with_its_reason() {
    UUID id = refer();
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/cases/" + id);

    WebElement withdraw = waitFor("form[data-action=WITHDRAWN]");
    new Select(withdraw.findElement(By.name("reason"))).selectByValue("PAYER_REFUSAL");
    withdraw.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement notice = waitFor("[data-action-notice]");
    assertThat(notice.getText()).isEqualTo("Withdrawn: recorded.");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector(".case-head .badge"))
                .getDomAttribute("data-state"))
        .isEqualTo("WITHDRAWN");
    assertThat(browser.driver.findElements(By.cssSelector("form[data-action]"))).isEmpty();
    browser.screenshot("case-withdrawn.png");
  }

  private UUID refer() {
    return cases
        .refer(
            new Referral(
                new Patient(
                    "Browser Patient",
                    LocalDate.of(1969, 6, 6),
                    Sex.FEMALE,
                    new BigDecimal("60"),
                    new BigDecimal("160"),
                    "BRW-" + UUID.randomUUID().toString().substring(0, 8)),
                "tisa-cel",
                "DLBCL",
                "KR-SNUH",
                null,
                null),
            COORDINATOR)
        .id();
  }
}
