package org.openv2v.web;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openv2v.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one start and stop of a headless Chromium for every browser test class: the platform on a
 * real port (the shared integration context), one browser for the test classes, started for the
 * first and handed to each next class without cookies on a blank page, quit when the run ends.
 * Where Chromium or its driver is missing the class is skipped, not failed.
 */
@IntegrationTest
@Tag("browser")
abstract class BrowserTest {

  /** The browser of this test class; test classes run one after the other. */
  static BrowserSession browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    Assumptions.assumeTrue(
        BrowserSession.available(),
        "needs /usr/bin/chromium (or chromium-headless-shell) and /usr/bin/chromedriver");
    browser = BrowserSession.start();
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** The platform's address, the only address a browser test types (for the login page). */
  String base() {
    return "http://localhost:" + port;
  }
}
