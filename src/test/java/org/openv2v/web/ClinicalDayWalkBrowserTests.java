package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openv2v.bedside.BedsideFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clinical day in a real browser, one walk per role (issue 13): each person signs in, lands
 * where their work is, sees only the menus they can use, and moves a fresh case through their part
 * of the journey with links and buttons only. Every page is checked for enum names, UUIDs and ISO
 * timestamps, in English and in Korean. The case is brought to the start of each part over the API,
 * as the other roles would have left it.
 */
class ClinicalDayWalkBrowserTests extends BrowserTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  private ClinicalDayWalk walk(String who) {
    browser.signOutQuietly(base());
    // Each walk starts in English; the language is a setting of the session, chosen on the login
    // page of a session with no cookies and kept by signing in (signing out again first, as
    // before, loaded the login page twice more and forgot the choice).
    browser.driver.get(base() + "/login?lang=en");
    browser.signInOnThisPage(base(), who, who);
    return new ClinicalDayWalk(browser, base(), who);
  }

  /** A fresh case at SNUH, walked over the API up to and including {@code lastEvent}. */
  private JsonNode freshCase(String lastEvent) throws Exception {
    return new BedsideFlow(mvc).caseWalkedTo(json, "tisa-cel", "DLBCL", "US-NVS-MP", lastEvent);
  }

  /** From Home (or the case list), the case found by its reference in the search box. */
  private void openCase(ClinicalDayWalk walk, String reference) {
    walk.click("[data-nav=cases]");
    walk.type("#filter-q", reference);
    browser.driver.findElement(By.cssSelector("#filter-q")).submit();
    // The search narrows the list in place; the case is opened by its reference's link.
    browser
        .waiting()
        .until(driver -> driver.findElements(By.cssSelector("#case-results a.ref")).size() == 1);
    walk.clickLink(reference);
  }

  @Test
  void coordinator_refers_a_patient_then_records_the_payer_approval_and_books() throws Exception {
    ClinicalDayWalk walk = walk("coordinator");
    assertThat(walk.path()).isEqualTo("/");
    assertThat(walk.menu()).containsExactly("home", "cases", "settings");
    walk.checkWords("coordinator-home");

    walk.click("[data-nav=cases]").click("[data-refer-link]");
    walk.checkWords("coordinator-referral-form");
    walk.refer("Walk Referral-Patient", LocalDate.of(1968, 3, 14), "64", "168");
    assertThat(walk.path()).startsWith("/cases/");
    assertThat(walk.find(".patient-name").getText()).isEqualTo("Walk Referral-Patient");
    assertThat(walk.find("[data-section-nav]").findElements(By.tagName("a"))).hasSizeGreaterThan(5);
    walk.checkWords("coordinator-referred");

    // The physician confirmed eligibility (over the API): the payer's approval comes next.
    JsonNode eligible = freshCase("ELIGIBILITY_CONFIRMED");
    openCase(walk, eligible.get("reference").asString());
    assertThat(walk.find("[data-next-action]").getAttribute("data-next-action"))
        .isEqualTo("record");
    walk.click("[data-next-event=PAYER_APPROVED] button");
    assertThat(walk.find("[data-next-action]").getAttribute("data-next-action")).isEqualTo("book");
    walk.checkWords("coordinator-approved");
    walk.clickInPlace("[data-next-link]");
    walk.clickInPlace("#booking-show-options");
    walk.find(".booking-book");
    walk.clickInPlace(".booking-book");
    walk.find("[data-notice=booked]");
    walk.checkWords("coordinator-booked");

    walk.language("ko");
    walk.checkWords("coordinator-booked-ko");
    walk.click("[data-nav=home]");
    walk.checkWords("coordinator-home-ko");
  }

  @Test
  void physician_confirms_eligibility_from_the_next_action() throws Exception {
    ClinicalDayWalk walk = walk("physician");
    assertThat(walk.path()).isEqualTo("/");
    assertThat(walk.menu()).containsExactly("home", "cases", "settings");
    walk.checkWords("physician-home");

    JsonNode referred = freshReferral();
    openCase(walk, referred.get("reference").asString());
    walk.click("[data-next-event=ELIGIBILITY_CONFIRMED] button");
    assertThat(walk.find("[data-action-notice]").isDisplayed()).isTrue();
    walk.checkWords("physician-eligible");
    walk.language("ko");
    walk.checkWords("physician-eligible-ko");
  }

  @Test
  void nurse_finds_the_infusion_day_on_home_signs_the_thaw_matches_and_records_the_infusion()
      throws Exception {
    JsonNode ready = freshCase("LYMPHODEPLETION_STARTED");
    String id = ready.get("id").asString();
    String din = ready.get("din").asString();
    BedsideFlow flow = new BedsideFlow(mvc);
    // Lymphodepletion finished, tocilizumab reserved, checklist signed; the product released and
    // received at the centre. The thaw is the nurse's to sign at the bedside.
    flow.passSafetyChecklist(id, "KR-SNUH");
    flow.sign(id, "manufacturer", "RELEASED", "US-NVS-MP", "=" + din + "01");
    flow.sign(id, "nurse", "RECEIVED_AT_SITE", "KR-SNUH", "=" + din + "01");

    ClinicalDayWalk walk = walk("nurse");
    assertThat(walk.path()).isEqualTo("/");
    assertThat(walk.menu()).containsExactly("home", "cases", "settings");
    walk.checkWords("nurse-home");

    walk.click("[data-task-link=BEDSIDE_CHECK][href*='" + id + "']");
    assertThat(walk.path()).isEqualTo("/cases/" + id + "/bedside");
    assertThat(walk.find("[data-patient-name]").getText()).isEqualTo("Bedside Patient");
    assertThat(walk.find("[data-birth-date]").getText()).isNotBlank();
    assertThat(walk.find("[data-bedside-identity] [data-din]").getText())
        .startsWith(din.substring(0, 5));
    walk.checkWords("nurse-bedside-thaw");

    walk.type("#thaw-bag", "=" + din + "01")
        .type("#thaw-password", "nurse")
        .type("#thaw-witness", "physician")
        .type("#thaw-witness-password", "physician");
    walk.click("[data-sign-thaw]");
    walk.find("[data-thaw-signed]");

    walk.type("#wristband", din).type("#bag", "=" + din + "01");
    walk.type("#second-username", "physician").type("#second-password", "physician");
    walk.click(".bedside__form button[type=submit]");
    assertThat(walk.find(".verdict").getAttribute("data-verdict")).isEqualTo("MATCH");
    walk.checkWords("nurse-bedside-match");

    walk.click(".bedside__back");
    assertThat(walk.find("[data-next-action]").getAttribute("data-next-action"))
        .isEqualTo("bedside");
    walk.click("[data-next-event=INFUSED] button");
    assertThat(walk.find("[data-next-action]").getAttribute("data-next-action"))
        .isEqualTo("assess");
    walk.find("[data-checklist-record]");
    assertThat(walk.find("[data-safety-panel=checklist]").getText())
        .doesNotContain("may be recorded");
    walk.checkWords("nurse-infused");
    walk.language("ko");
    walk.checkWords("nurse-infused-ko");
  }

  @Test
  void manufacturer_lands_on_manufacturing_starts_and_records_a_failure() throws Exception {
    JsonNode arriving = freshCase("SHIPPED_TO_MANUFACTURER");
    String id = arriving.get("id").asString();
    ClinicalDayWalk walk = walk("manufacturer");
    assertThat(walk.path()).isEqualTo("/manufacturing");
    assertThat(walk.menu()).containsExactly("manufacturing", "cases", "settings");
    walk.checkWords("manufacturer-orders");

    String row = "tr[data-case-id='" + id + "']";
    walk.clickInPlace(row + " form button.button--primary");
    browser
        .waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector(row + " td[data-state]"), "data-state", "IN_MANUFACTURING"));
    walk.clickInPlace(row + " details.record-failure summary");
    walk.type(row + " details.record-failure textarea", "Viability below specification");
    walk.clickInPlace(row + " details.record-failure button");
    browser
        .waiting()
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(row + " td[data-state='IN_MANUFACTURING']")));
    walk.checkWords("manufacturer-failed");
    walk.language("ko");
    walk.checkWords("manufacturer-failed-ko");
  }

  @Test
  void courier_lands_on_its_shipments_books_the_leg_and_uploads_the_logger_file() throws Exception {
    JsonNode collected = freshCase("APHERESIS_COLLECTED");
    String reference = collected.get("reference").asString();
    ClinicalDayWalk walk = walk("courier");
    assertThat(walk.path()).isEqualTo("/shipments");
    assertThat(walk.menu()).containsExactly("shipments", "cases", "settings");
    walk.checkWords("courier-shipments");

    walk.click("tr[data-waiting] a[data-case-ref='" + reference + "']");
    walk.type("#leg-shipper", "WALK-" + UUID.randomUUID().toString().substring(0, 8))
        .type("#leg-logger", "SKT-WALK-1");
    walk.click("[data-book-leg] button");
    walk.find("[data-action-notice]");
    Path file =
        ClinicalDayWalk.loggerFile(
            OffsetDateTime.now(ZoneOffset.ofHours(9)).minusHours(2).truncatedTo(ChronoUnit.MINUTES),
            "4.5");
    walk.find("[data-upload-logger] input[type=file]").sendKeys(file.toString());
    walk.click("[data-upload-logger] button");
    assertThat(walk.find("[data-action-notice]").getText()).contains("12");
    walk.checkWords("courier-uploaded");
    walk.language("ko");
    walk.checkWords("courier-uploaded-ko");
    walk.click("[data-nav=shipments]");
    walk.checkWords("courier-shipments-ko");
    Files.deleteIfExists(file);
  }

  @Test
  void auditor_lands_on_the_audit_page_and_verifies_the_ledger() {
    ClinicalDayWalk walk = walk("auditor");
    assertThat(walk.path()).isEqualTo("/audit");
    assertThat(walk.menu()).containsExactly("home", "audit", "cases", "planning", "settings");
    walk.checkWords("auditor-audit");
    walk.click("[data-verify]");
    assertThat(walk.find("[data-ledger-verdict]").getAttribute("data-valid")).isEqualTo("true");
    walk.language("ko");
    walk.checkWords("auditor-audit-ko");
  }

  @Test
  void planner_lands_on_planning_and_admin_on_the_users() {
    ClinicalDayWalk planner = walk("planner");
    assertThat(planner.path()).isEqualTo("/planning");
    assertThat(planner.menu()).containsExactly("planning", "settings");
    planner.checkWords("planner-planning");

    ClinicalDayWalk admin = walk("admin");
    // The users' pages come from the users branch; the landing and the menu are this walk's.
    assertThat(admin.path()).isEqualTo("/admin/users");
    assertThat(admin.menu()).containsExactly("users", "cluster", "planning", "settings");
  }

  /** A fresh referral at SNUH, over the API, that the physician finds by its reference. */
  private JsonNode freshReferral() throws Exception {
    String body =
        """
        {"patient": {"name": "Walk Eligibility-Patient", "birthDate": "1959-09-09", "sex": "MALE",
                     "weightKg": 72, "heightCm": 175, "mrn": "WE-%s"},
         "productCode": "tisa-cel", "indication": "DLBCL", "treatmentCentreId": "KR-SNUH"}
        """
            .formatted(UUID.randomUUID().toString().substring(0, 8));
    return json.readTree(
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/cases")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.httpBasic(
                            "coordinator", "coordinator"))
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
