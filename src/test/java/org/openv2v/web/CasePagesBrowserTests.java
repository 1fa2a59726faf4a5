package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pages in a real browser, signed in as the demo users. */
class CasePagesBrowserTests extends BrowserTest {

  @Autowired Cases cases;

  private List<WebElement> rows() {
    return browser.driver.findElements(By.cssSelector("#case-results tbody tr"));
  }

  private String text() {
    return browser.driver.findElement(By.tagName("body")).getText();
  }

  @Test
  void coordinator_signs_in_and_sees_the_demo_cases_with_patient_names() {
    browser.signIn(base(), "coordinator", "coordinator");
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(base() + "/");
    browser.openCases();

    assertThat(browser.driver.findElement(By.cssSelector(".user__name")).getText())
        .isEqualTo("Demo Coordinator");
    assertThat(browser.driver.findElement(By.cssSelector(".user__role")).getText())
        .isEqualTo("Coordinator");
    List<WebElement> rows = rows();
    assertThat(rows).isNotEmpty();
    assertThat(browser.driver.findElement(By.cssSelector("#results-count strong")).getText())
        .isEqualTo(Integer.toString(rows.size()));
    List<String> patients =
        browser.driver.findElements(By.cssSelector("#case-results td.patient")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(patients)
        .hasSameSizeAs(rows)
        .doesNotContain("identity withheld")
        .contains("Kim Min-jun");
    assertThat(patients).allSatisfy(name -> assertThat(name).isNotBlank());
  }

  @Test
  void filtering_by_state_shows_only_that_state_and_the_address_keeps_the_filter() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.openCases();
    // A mark on the page that a full reload would wipe: htmx must swap only the results.
    browser.driver.executeScript("window.__stillHere = true;");

    new Select(browser.driver.findElement(By.id("filter-state"))).selectByValue("FOLLOW_UP");
    browser.waiting().until(ExpectedConditions.urlContains("state=FOLLOW_UP"));
    browser
        .waiting()
        .until(
            driver ->
                rows().stream()
                    .allMatch(
                        row ->
                            row.findElement(By.cssSelector(".badge"))
                                .getDomAttribute("data-state")
                                .equals("FOLLOW_UP")));

    assertThat(browser.driver.executeScript("return window.__stillHere === true")).isEqualTo(true);
    assertThat(rows()).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#case-results .badge")))
        .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Follow-up"));
    assertThat(browser.driver.findElement(By.cssSelector("#results-count")).getText())
        .startsWith(rows().size() + " ")
        .containsPattern("match(es)? the filter");

    browser.driver.navigate().refresh();
    assertThat(browser.driver.getCurrentUrl()).contains("state=FOLLOW_UP");
    assertThat(
            new Select(browser.driver.findElement(By.id("filter-state")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("FOLLOW_UP");
    assertThat(rows())
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(row.findElement(By.cssSelector(".badge")).getDomAttribute("data-state"))
                    .isEqualTo("FOLLOW_UP"));
  }

  @Test
  void filter_form_works_without_javascript_too() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/cases?state=MANUFACTURING_FAILED&centre=");

    assertThat(rows())
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(row.findElement(By.cssSelector(".badge")).getDomAttribute("data-state"))
                    .isEqualTo("MANUFACTURING_FAILED"));
    assertThat(
            new Select(browser.driver.findElement(By.id("filter-state")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("Manufacturing failed");
  }

  @Test
  void opening_a_case_shows_the_stepper_with_the_current_step_and_the_milestone_cards() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/cases?state=FOLLOW_UP");
    // A case whose every step was recorded: other tests move cases of their own to follow-up
    // with steps left out, and which of them ran before this one changes from run to run.
    Set<String> complete = followUpsWithEveryMilestone();
    WebElement link =
        browser.driver.findElements(By.cssSelector("#case-results a.ref")).stream()
            .filter(ref -> complete.contains(ref.getText()))
            .findFirst()
            .orElseThrow();
    String reference = link.getText();
    link.click();
    browser.waiting().until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(reference);
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector(".case-head .badge"))
                .getDomAttribute("data-state"))
        .isEqualTo("FOLLOW_UP");
    List<WebElement> steps = browser.driver.findElements(By.cssSelector("ol.stepper > li.step"));
    assertThat(steps).hasSize(15);
    List<WebElement> current =
        browser.driver.findElements(By.cssSelector("ol.stepper > li.step--current"));
    assertThat(current).hasSize(1);
    assertThat(current.get(0).getDomAttribute("data-state")).isEqualTo("FOLLOW_UP");
    assertThat(current.get(0).getDomAttribute("aria-current")).isEqualTo("step");
    assertThat(current.get(0).findElement(By.cssSelector(".step__date")).getText()).isNotBlank();
    List<String> states = steps.stream().map(step -> step.getDomAttribute("data-state")).toList();
    assertThat(states)
        .startsWith("REFERRED", "ELIGIBILITY_CONFIRMED")
        .endsWith("FOLLOW_UP", "CLOSED");
    int position = states.indexOf("FOLLOW_UP");
    for (int i = 0; i < steps.size(); i++) {
      String status = steps.get(i).getDomAttribute("data-status");
      if (i < position) {
        assertThat(status).as(states.get(i)).isEqualTo("done");
        assertThat(steps.get(i).findElement(By.cssSelector(".step__date")).getText()).isNotBlank();
      } else if (i > position) {
        assertThat(status).as(states.get(i)).isEqualTo("upcoming");
        assertThat(steps.get(i).findElements(By.cssSelector(".step__date"))).isEmpty();
      }
    }

    List<WebElement> cards = browser.driver.findElements(By.cssSelector(".milestones .milestone"));
    assertThat(cards)
        .extracting(card -> card.getDomAttribute("data-milestone"))
        .containsExactly(
            "referral-to-apheresis",
            "manufacturing-turnaround",
            "vein-to-vein",
            "referral-to-infusion");
    assertThat(cards)
        .allSatisfy(
            card -> {
              assertThat(card.findElement(By.cssSelector(".milestone__value")).getText())
                  .matches("\\d+ days?");
              assertThat(card.findElement(By.cssSelector(".milestone__how")).getText())
                  .isNotBlank();
            });
    assertThat(browser.driver.findElements(By.cssSelector("table.table--events tbody tr")))
        .hasSizeGreaterThanOrEqualTo(14);
  }

  @Test
  void a_manufacturing_failure_is_drawn_in_red_with_a_banner() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/cases?state=MANUFACTURING_FAILED");
    browser.driver.findElement(By.cssSelector("#case-results a.ref")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));

    WebElement failed = browser.driver.findElement(By.cssSelector("ol.stepper > li.step--failed"));
    assertThat(failed.getDomAttribute("data-state")).isEqualTo("MANUFACTURING_FAILED");
    assertThat(failed.getText()).contains("failed");
    assertThat(browser.driver.findElement(By.cssSelector(".notice--alert")).getText())
        .contains("Manufacturing failed on");
    assertThat(browser.driver.findElements(By.cssSelector(".milestone--pending"))).hasSize(3);
  }

  @Test
  void manufacturer_sees_identity_withheld_and_no_patient_names_anywhere() throws IOException {
    List<String> names = demoPatientNames();
    browser.signIn(base(), "manufacturer", "manufacturer");
    browser.openCases();

    List<WebElement> rows = rows();
    assertThat(rows).isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#case-results td.patient")))
        .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("identity withheld"));
    assertNoNameIn(browser.driver.getPageSource(), names);

    List<String> links =
        browser.driver.findElements(By.cssSelector("#case-results a.ref")).stream()
            .map(a -> base() + a.getDomAttribute("href"))
            .limit(3)
            .toList();
    for (String link : links) {
      browser.driver.get(link);
      assertThat(browser.driver.findElement(By.cssSelector(".facts")).getText())
          .contains("identity withheld");
      assertThat(browser.driver.findElements(By.cssSelector(".patient-name"))).isEmpty();
      assertNoNameIn(browser.driver.getPageSource(), names);
    }
  }

  @Test
  void a_wrong_password_shows_the_error_message() {
    browser.signIn(base(), "coordinator", "not-the-password");

    assertThat(browser.driver.getCurrentUrl()).contains("/login?error");
    WebElement error = browser.driver.findElement(By.id("login-error"));
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).contains("Sign-in failed");
    assertThat(browser.driver.findElements(By.cssSelector(".user__name"))).isEmpty();
  }

  @Test
  void signing_out_returns_to_the_sign_in_page() {
    browser.signIn(base(), "nurse", "nurse");
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(base() + "/");

    browser.driver.findElement(By.cssSelector("form.user__signout button")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/login?signedOut"));

    assertThat(browser.driver.findElement(By.id("signed-out")).getText())
        .contains("You have signed out");
    browser.driver.get(base() + "/cases");
    browser.waiting().until(ExpectedConditions.urlContains("/login"));
    assertThat(browser.driver.findElements(By.id("username"))).hasSize(1);
  }

  @Test
  void an_unknown_case_shows_the_not_found_page() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/cases/" + UUID.randomUUID());

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("We could not find that case");
    assertThat(text()).contains("404").doesNotContain("Whitelabel", "Exception");
    browser.driver.findElement(By.linkText("Back to the cases")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/cases$"));
  }

  @Test
  void an_unknown_page_shows_the_friendly_error_page() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/no-such-page");

    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("We could not find that page");
    assertThat(text()).doesNotContain("Whitelabel");
    assertThat(browser.driver.findElements(By.linkText("Back to the cases"))).hasSize(1);
  }

  private static void assertNoNameIn(String page, List<String> names) {
    assertThat(names).allSatisfy(name -> assertThat(page).doesNotContain(name));
  }

  private static List<String> demoPatientNames() throws IOException {
    try (InputStream in = new ClassPathResource("demo/cases.json").getInputStream()) {
      JsonNode file = JsonMapper.builder().build().readTree(in);
      List<String> names = new ArrayList<>();
      file.get("cases").forEach(demo -> names.add(demo.get("patient").get("name").asString()));
      assertThat(names).isNotEmpty();
      return names;
    }
  }

  private Set<String> followUpsWithEveryMilestone() {
    Actor coordinator =
        new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));
    return cases
        .list(
            new CaseQuery(
                Optional.of(CaseState.FOLLOW_UP), Optional.empty(), 0, CaseQuery.MAX_SIZE),
            coordinator)
        .stream()
        .filter(
            c ->
                c.milestones().referralToApheresisDays().isPresent()
                    && c.milestones().apheresisToReleaseDays().isPresent()
                    && c.milestones().veinToVeinDays().isPresent()
                    && c.milestones().referralToInfusionDays().isPresent())
        .map(CaseView::reference)
        .collect(Collectors.toSet());
  }
}
