package org.openv2v.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator opens, disables and re-enables an account in a real browser, and the demo's
 * coherent story shows on the pages the clinical roles and the manufacturer open first.
 */
class UserAdminBrowserTests extends BrowserTest {

  @Test
  void admin_creates_and_disables_an_account_and_its_user_cannot_sign_in() {
    String name = "b" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn(base(), "admin", "admin");
    browser.driver.get(base() + "/admin/users");
    browser.screenshot("admin-users.png");
    browser.driver.findElement(By.id("new-user")).click();
    browser.waiting().until(ExpectedConditions.urlMatches("/admin/users/new$"));

    browser.driver.findElement(By.id("username")).sendKeys(name);
    browser.driver.findElement(By.id("displayName")).sendKeys("Seo Yun-ah");
    new Select(browser.driver.findElement(By.id("role"))).selectByValue("NURSE");
    browser.driver.findElement(By.id("site-KR-SNUH")).click();
    browser.driver.findElement(By.id("password")).sendKeys("password2024!");
    browser.driver.findElement(By.cssSelector("#new-user-form button[type=submit]")).click();
    WebElement refused = browser.waiting().until(d -> d.findElement(By.id("password-error")));
    assertThat(refused.getText()).contains("most common");
    browser.screenshot("admin-user-refused.png");

    browser.driver.findElement(By.id("password")).sendKeys("violet-harbour-stapler");
    browser.driver.findElement(By.cssSelector("#new-user-form button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/admin/users/" + name));
    assertThat(browser.driver.findElement(By.id("saved")).getText()).contains("created");
    assertThat(browser.driver.findElement(By.id("history")).getText()).contains("Account created");

    browser.driver.findElement(By.cssSelector("#disable-form button")).click();
    browser.waiting().until(ExpectedConditions.urlContains("saved=disabled"));
    assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("Disabled");
    browser.driver.get(base() + "/admin/users/" + name + "?lang=ko");
    assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("사용 중지");
    browser.screenshot("admin-user-disabled-ko.png");
    browser.driver.get(base() + "/admin/users/" + name + "?lang=en");

    browser.signIn(base(), name, "violet-harbour-stapler");
    assertThat(browser.driver.getCurrentUrl()).contains("/login?error");
  }

  @Test
  void the_demo_shows_bookings_curves_and_recent_tasks_to_its_users() {
    browser.signIn(base(), "coordinator", "coordinator");
    browser.driver.get(base() + "/?lang=en");
    String home = browser.driver.findElement(By.id("pipeline")).getText();
    assertThat(home).contains("Infusion expected");
    browser.screenshot("demo-home-coordinator.png");
    browser.driver.get(base() + "/cases");
    browser.screenshot("demo-cases-coordinator.png");

    browser.signIn(base(), "physician", "physician");
    browser.driver.get(base() + "/cases?state=MONITORING");
    List<WebElement> links =
        browser.driver.findElements(By.cssSelector("#case-results a[href^='/cases/']"));
    assertThat(links).as("a case in monitoring").isNotEmpty();
    links.get(0).click();
    WebElement curve =
        browser.waiting().until(d -> d.findElement(By.cssSelector("#panel-assessments svg")));
    assertThat(curve.isDisplayed()).isTrue();
    browser.screenshot("demo-case-monitoring-physician.png");

    browser.signIn(base(), "nurse", "nurse");
    browser.driver.get(base() + "/");
    browser.screenshot("demo-home-nurse.png");

    browser.signIn(base(), "manufacturer", "manufacturer");
    browser.driver.get(base() + "/manufacturing");
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .doesNotContain("Lee Jae-hoon");
    browser.screenshot("demo-manufacturing.png");
  }
}
