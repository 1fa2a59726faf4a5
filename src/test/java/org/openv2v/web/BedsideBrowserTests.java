package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openv2v.bedside.BedsideFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bedside screen on a tablet-sized browser: scanning, MATCH, MISMATCH and the thaw timer. */
class BedsideBrowserTests extends BrowserTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void a_matching_wristband_and_bag_fill_the_screen_with_match_and_start_the_thaw_timer()
      throws Exception {
    JsonNode ready = thawedCase();
    String din = ready.get("din").asString();
    scan(ready.get("id").asString(), din, "=" + din + "01", "physician");

    assertThat(verdict()).isEqualTo("MATCH");
    assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("class"))
        .contains("bedside-body--match");
    String timer = browser.driver.findElement(By.cssSelector(".thaw__timer")).getText();
    assertThat(timer).as("minutes:seconds left before the thaw limit").matches("\\d+:\\d\\d");
    browser.screenshot("bedside-match.png");
  }

  @Test
  void another_patients_wristband_fills_the_screen_with_mismatch_and_its_reasons()
      throws Exception {
    JsonNode ready = thawedCase();
    String otherDin = thawedCase().get("din").asString();
    scan(
        ready.get("id").asString(),
        otherDin,
        "=" + ready.get("din").asString() + "01",
        "physician");

    assertThat(verdict()).isEqualTo("MISMATCH");
    assertThat(browser.driver.findElement(By.tagName("body")).getAttribute("class"))
        .contains("bedside-body--mismatch");
    assertThat(browser.driver.findElements(By.cssSelector(".verdict__reasons li")))
        .extracting(item -> item.getAttribute("data-reason"))
        .contains("WRONG_PATIENT");
    browser.screenshot("bedside-mismatch.png");
  }

  /** Types as a scanner does: the code, then Enter, which moves to the next field. */
  private void scan(String caseId, String wristband, String bag, String second) {
    browser.signIn(base(), "nurse", "nurse");
    browser.driver.get(base() + "/cases/" + caseId + "/bedside");
    browser.driver.findElement(By.id("wristband")).sendKeys(wristband, Keys.ENTER);
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("bag");
    browser.driver.switchTo().activeElement().sendKeys(bag, Keys.ENTER);
    browser.driver.findElement(By.id("second-username")).sendKeys(second);
    browser.driver.findElement(By.id("second-password")).sendKeys(second);
    browser.driver.findElement(By.cssSelector(".bedside__form button[type=submit]")).click();
    browser
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".verdict")));
  }

  private static String verdict() {
    return browser.driver.findElement(By.cssSelector(".verdict")).getAttribute("data-verdict");
  }

  private JsonNode thawedCase() throws Exception {
    BedsideFlow flow = new BedsideFlow(mvc);
    JsonNode ready = flow.caseInLymphodepletion(json, "tisa-cel", "DLBCL", "US-NVS-MP");
    flow.bringToBedside(ready.get("id").asString(), ready.get("din").asString(), "KR-SNUH");
    return ready;
  }
}
