package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Referral;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.NewEvent;
import org.openv2v.logistics.LoggerFormat;
import org.openv2v.logistics.NewShipment;
import org.openv2v.logistics.Shipments;
import org.openv2v.logistics.domain.Leg;
import org.openv2v.logistics.domain.Packaging;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operational panels of the case page in a real browser: the custody ledger and signing a step
 * with the password typed again, the temperature plot of a shipment, and booking a slot.
 */
class CasePanelsBrowserTests extends BrowserTest {

  static final Actor COORDINATOR =
      new Actor("coordinator", "Demo Coordinator", Role.COORDINATOR, Set.of("KR-SNUH", "KR-SMC"));
  static final Actor PHYSICIAN =
      new Actor("physician", "Demo Physician", Role.PHYSICIAN, Set.of("KR-SNUH", "KR-SMC"));
  static final Actor COURIER =
      new Actor("courier", "Demo Courier", Role.COURIER, Set.of("KR-COURIER"));

  @Autowired Cases cases;
  @Autowired Shipments shipments;

  /** A fresh tisa-cel case at Seoul National University Hospital, referred three days ago. */
  private CaseView freshCase() {
    return cases.refer(
        new Referral(
            new Patient(
                "Panel Patient",
                LocalDate.of(1966, 5, 4),
                Sex.MALE,
                new BigDecimal("70"),
                new BigDecimal("172"),
                "PB-" + UUID.randomUUID().toString().substring(0, 8)),
            "tisa-cel",
            "DLBCL",
            "KR-SNUH",
            null,
            Instant.now().minus(3, ChronoUnit.DAYS)),
        COORDINATOR);
  }

  private void record(UUID caseId, CaseEventType type, Actor actor) {
    cases.record(
        caseId,
        new NewEvent(
            UUID.randomUUID(), type, Instant.now(), "KR-SNUH", Optional.empty(), Optional.empty()),
        actor);
  }

  private void openCase(UUID caseId) {
    browser.driver.get(base() + "/cases/" + caseId);
  }

  private WebElement waitFor(String css) {
    return browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private void scrollTo(String id) {
    browser.driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  @Test
  void nurse_sees_the_ledger_and_signs_a_custody_step_with_the_password_typed_again() {
    CaseView fresh = freshCase();
    String bag = "=" + fresh.din() + "00";
    browser.signIn(base(), "nurse", "nurse");
    openCase(fresh.id());

    waitFor("#custody-sign");
    assertThat(browser.driver.findElement(By.cssSelector("#panel-custody")).getText())
        .contains("Nothing is signed for this case yet.");
    new Select(browser.driver.findElement(By.id("custody-step"))).selectByValue("COLLECTED");
    browser.driver.findElement(By.id("custody-unit")).sendKeys(bag);
    browser.driver.findElement(By.id("custody-password")).sendKeys("nurse");
    browser.driver.findElement(By.id("custody-sign-button")).click();

    waitFor("[data-outcome=signed]");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#custody-ledger tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getDomAttribute("data-step")).isEqualTo("COLLECTED");
    // The unit is shown as people read a DIN: "A9999 26 000175 00", not the scanner's "=A9999…".
    String printed =
        bag.substring(1, 6)
            + " "
            + bag.substring(6, 8)
            + " "
            + bag.substring(8, 14)
            + " "
            + bag.substring(14);
    assertThat(rows.get(0).getText()).contains("collected by", "Demo Nurse", printed);
    // The next step is offered, and a wrong password is refused in place.
    assertThat(
            new Select(browser.driver.findElement(By.id("custody-step")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("PACKED");
    browser.driver.findElement(By.id("custody-unit")).sendKeys(bag);
    browser.driver.findElement(By.id("custody-password")).sendKeys("not-the-password");
    browser.driver.findElement(By.id("custody-sign-button")).click();
    assertThat(waitFor("[data-outcome=refused]").getText()).contains("password does not match");
    assertThat(browser.driver.findElements(By.cssSelector("#custody-ledger tbody tr"))).hasSize(1);

    scrollTo("panel-custody");
    browser.screenshot("case-custody.png");
  }

  @Test
  void a_witnessed_step_asks_for_the_witness_when_chosen() {
    CaseView fresh = freshCase();
    browser.signIn(base(), "nurse", "nurse");
    openCase(fresh.id());
    waitFor("#custody-sign");
    assertThat(
            browser.driver.findElement(By.id("custody-witness")).getDomAttribute("data-required"))
        .isEqualTo("false");

    new Select(browser.driver.findElement(By.id("custody-step"))).selectByValue("THAWED");

    browser
        .waiting()
        .until(
            d ->
                "true"
                    .equals(
                        d.findElement(By.id("custody-witness")).getDomAttribute("data-required")));
    assertThat(
            browser.driver.findElement(By.id("custody-witness-user")).getDomAttribute("required"))
        .isNotNull();
  }

  @Test
  void coordinator_sees_the_temperature_plot_of_a_shipment_with_its_excursion() throws IOException {
    CaseView fresh = freshCase();
    var shipment =
        shipments
            .book(
                fresh.id(),
                new NewShipment(
                    Leg.TO_MANUFACTURER,
                    "PANEL-" + UUID.randomUUID().toString().substring(0, 8),
                    "LOG-PANEL",
                    Optional.of(Packaging.LN2_VAPOUR_DRY_SHIPPER),
                    Optional.empty(),
                    Optional.empty()),
                COORDINATOR)
            .shipment();
    shipments.upload(shipment.id(), loggerFile("brief-excursion.csv"), LoggerFormat.CSV, COURIER);

    browser.signIn(base(), "coordinator", "coordinator");
    openCase(fresh.id());

    WebElement plot = waitFor("#panel-shipments .temperature-plot svg.chart");
    assertThat(plot.findElements(By.cssSelector("path.chart-line"))).hasSize(1);
    assertThat(plot.findElements(By.cssSelector(".chart-reference line"))).hasSize(1);
    assertThat(plot.findElements(By.cssSelector("rect.chart-shade"))).isNotEmpty();
    assertThat(browser.driver.findElement(By.cssSelector("#panel-shipments")).getText())
        .contains(shipment.shipperId(), "Brief excursion", "lowest −186 °C");

    scrollTo("panel-shipments");
    browser.screenshot("case-shipments.png");
  }

  @Test
  void coordinator_shows_options_and_books_a_slot_from_the_case_page() {
    CaseView fresh = freshCase();
    record(fresh.id(), CaseEventType.ELIGIBILITY_CONFIRMED, PHYSICIAN);
    record(fresh.id(), CaseEventType.PAYER_APPROVED, COORDINATOR);

    browser.signIn(base(), "coordinator", "coordinator");
    openCase(fresh.id());
    waitFor("#booking-show-options").click();
    waitFor("#booking-options .booking-book").click();

    assertThat(waitFor("[data-notice=booked]").getText()).startsWith("Booked: apheresis on");
    assertThat(browser.driver.findElement(By.id("schedule-dates")).getText())
        .contains("Promised", "Expected now", "Earliest infusion");
    assertThat(browser.driver.findElements(By.id("booking-cancel"))).hasSize(1);

    scrollTo("panel-booking");
    browser.screenshot("case-booking.png");
  }

  private static String loggerFile(String name) throws IOException {
    try (InputStream in = CasePanelsBrowserTests.class.getResourceAsStream("/logistics/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
