package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The manufacturer's workspace and the planning pages in a real browser. */
class ManufacturerAndPlanningBrowserTests extends BrowserTest {

  @Test
  void manufacturer_sees_orders_by_din_and_no_patient_names() throws IOException {
    browser.signIn(base(), "manufacturer", "manufacturer");
    browser.driver.findElement(By.linkText("Manufacturing")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/manufacturing$"));

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Manufacturing");
    List<WebElement> dins = browser.driver.findElements(By.cssSelector("#orders .din"));
    assertThat(dins)
        .isNotEmpty()
        .allSatisfy(din -> assertThat(din.getText()).matches("[A-Z0-9]{5} \\d{2} \\d{6}"));
    assertThat(browser.driver.findElements(By.cssSelector("#orders-inProcess tbody tr")))
        .isNotEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#slot-calendar tbody tr"))).isNotEmpty();
    String page = browser.driver.getPageSource();
    assertThat(demoPatientNames()).allSatisfy(name -> assertThat(page).doesNotContain(name));
    browser.screenshot("manufacturing.png");
  }

  @Test
  void planner_starts_a_simulation_sees_its_progress_and_then_its_report() {
    browser.signIn(base(), "planner", "planner");
    browser.driver.get(base() + "/planning");
    new Select(browser.driver.findElement(By.id("scenario"))).selectByValue("korea-2023");
    type("years", "1");
    type("replications", "20");
    type("seed", "2026");
    browser.driver.findElement(By.cssSelector("#simulation-form button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/planning/simulations/[0-9a-f-]{36}$"));

    WebElement progress = browser.driver.findElement(By.id("run-progress"));
    assertThat(progress.getTagName()).isEqualTo("progress");
    assertThat(browser.driver.findElement(By.id("run-state")).getText())
        .containsPattern("(Waiting to start|Running|Done)")
        .containsPattern("\\d+ of 20 replications");
    browser.screenshot("planning-progress.png");

    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report svg")));
    assertThat(browser.driver.findElement(By.id("run")).getDomAttribute("data-state"))
        .isEqualTo("DONE");
    assertThat(browser.driver.findElement(By.id("run-progress")).getDomAttribute("value"))
        .isEqualTo("100");
    assertThat(browser.driver.findElement(By.id("run-state")).getText())
        .contains("Done", "20 of 20 replications");
    assertThat(browser.driver.findElement(By.id("report")).getText())
        .contains("Vein-to-vein time (apheresis to infusion)", "Waiting list over time");
    browser.driver.executeScript(
        "document.getElementById('report').scrollIntoView({block: 'start'})");
    browser.screenshot("planning-report.png");
  }

  @Test
  void planner_reads_an_economics_report_in_english_and_korean() {
    browser.signIn(base(), "planner", "planner");
    browser.driver.get(base() + "/planning/economics?lang=en");
    new Select(browser.driver.findElement(By.id("model"))).selectByValue("korea-tisacel-dlbcl");
    type("psa", "100");
    type("economics-seed", "7");
    browser.driver.findElement(By.cssSelector("#economics-form button[type=submit]")).click();
    browser
        .waiting()
        .until(ExpectedConditions.urlMatches("/planning/economics/runs/[0-9a-f-]{36}$"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report svg")));
    String run = browser.driver.getCurrentUrl().replaceAll("\\?.*$", "");
    assertThat(browser.driver.findElement(By.id("report")).getText())
        .contains("Survival of treated patients", "Budget impact, net of the comparator")
        .doesNotContain("arms[0]");
    browser.driver.executeScript(
        "document.getElementById('report').scrollIntoView({block: 'start'})");
    browser.screenshot("planning-economics-report-en.png");

    browser.driver.get(run + "?lang=ko");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report svg")));
    assertThat(browser.driver.findElement(By.id("report")).getText())
        .contains("치료 환자의 생존", "재정 영향, 비교군 대비 순증")
        .doesNotContain("Survival of treated patients");
    browser.driver.executeScript(
        "document.getElementById('report').scrollIntoView({block: 'start'})");
    browser.screenshot("planning-economics-report-ko.png");
  }

  private static void type(String id, String value) {
    WebElement field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  private static List<String> demoPatientNames() throws IOException {
    try (InputStream in = new ClassPathResource("demo/cases.json").getInputStream()) {
      JsonNode file = JsonMapper.builder().build().readTree(in);
      List<String> names = new ArrayList<>();
      file.get("cases").forEach(c -> names.add(c.get("patient").get("name").asString()));
      assertThat(names).hasSize(22);
      return names;
    }
  }
}
