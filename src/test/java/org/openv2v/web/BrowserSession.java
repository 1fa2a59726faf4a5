package org.openv2v.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, with a profile of its own that is
 * deleted on close. Nothing is downloaded: the driver and browser paths are given, so Selenium
 * Manager never runs. Where Debian's chromium-headless-shell is installed (Chromium's own build for
 * automation, without the desktop browser's layers) it is used: the same walk took a fifth to a
 * third less time in it (OneCaseJourneyBrowserTests 63 s against 79 s back to back, issue 18).
 */
final class BrowserSession implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final ChromeDriver driver;
  private final Path profile;

  private BrowserSession(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static boolean available() {
    return (shell() || Files.isExecutable(Path.of(CHROMIUM)))
        && Files.isExecutable(Path.of(CHROMEDRIVER));
  }

  private static boolean shell() {
    return Files.isExecutable(Path.of(HEADLESS_SHELL));
  }

  /** The run's one Chromium, or null before the first browser test class. */
  private static BrowserSession shared;

  /**
   * The run's Chromium for a test class: started for the first class and kept for the next ones
   * (starting and quitting one cost about 2.5 s a class), quit when the test JVM exits. A class
   * gets it as a fresh one would be: no cookies, a blank page. A session that no longer answers is
   * replaced.
   */
  static synchronized BrowserSession start() throws IOException {
    if (shared != null && !shared.answers()) {
      shared.quit();
      shared = null;
    }
    if (shared == null) {
      shared = launch();
      BrowserSession launched = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(launched::quit, "quit-chromium"));
    }
    return shared;
  }

  private boolean answers() {
    try {
      driver.getWindowHandle();
      return true;
    } catch (RuntimeException gone) {
      return false;
    }
  }

  private static BrowserSession launch() throws IOException {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    Path profile = null;
    if (shell()) {
      // Headless is all the shell does; it refuses a profile folder given to it, so chromedriver
      // makes one of its own and deletes it when the browser quits.
      options.setBinary(HEADLESS_SHELL);
    } else {
      profile = Files.createTempDirectory("openv2v-chromium-");
      options.setBinary(CHROMIUM);
      options.addArguments("--headless=new", "--user-data-dir=" + profile);
    }
    options.addArguments(
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new BrowserSession(driver, profile);
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
  }

  /**
   * Waits up to 10 s, looking again every 50 ms (Selenium's 500 ms cost most waits half a second
   * after the page was ready). htmx swaps parts of a page in place, so an element found a moment
   * ago may be gone: such a check is simply tried again.
   */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Waits until the element has left the page. Chromium may answer a question about a node that is
   * being unloaded with "does not belong to the document" rather than a stale reference: that too
   * means it is gone.
   */
  void waitUntilGone(WebElement element) {
    waiting()
        .until(
            driver -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }

  /** Forgets any earlier session, then signs in through the form. */
  void signIn(String base, String username, String password) {
    signOutQuietly(base);
    signInOnThisPage(base, username, password);
  }

  /** Signs in through the login form the browser shows now, and waits for the start page. */
  void signInOnThisPage(String base, String username, String password) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form.login__form button[type=submit]")).click();
    // One question for the address per look, not one for each place a person may land.
    java.util.regex.Pattern landed =
        java.util.regex.Pattern.compile(
            "^"
                + java.util.regex.Pattern.quote(base)
                + "/(\\?.*)?$|/cases|/manufacturing|/planning|/shipments|/audit|/admin/|error");
    waiting().until(d -> landed.matcher(String.valueOf(d.getCurrentUrl())).find());
  }

  /** Opens the case list from the menu, as a person would after landing on their start page. */
  void openCases() {
    driver.findElement(By.cssSelector("a[data-nav=cases]")).click();
    waiting().until(ExpectedConditions.urlMatches("/cases(\\?.*)?$"));
  }

  void signOutQuietly(String base) {
    // Every cookie of the browser is forgotten at once, whatever page it shows: no page load first.
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    driver.get(base + "/login");
  }

  /** Saves the page as it looks now into the build directory's screenshots folder. */
  void screenshot(String name) {
    try {
      java.nio.file.Path testClasses =
          java.nio.file.Path.of(
              BrowserSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      java.nio.file.Path folder = testClasses.getParent().resolve("screenshots");
      java.nio.file.Files.createDirectories(folder);
      // The viewport, as WebDriver's own screenshot takes it: the same pixels in a PNG compressed
      // for speed, as the default compression costs tens of milliseconds a shot.
      java.util.Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              java.util.Map.of("format", "png", "optimizeForSpeed", true));
      java.nio.file.Files.write(
          folder.resolve(name), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("Cannot save the screenshot " + name, e);
    }
  }

  /**
   * Ends a test class's use of the browser: forgets every cookie (so no one is signed in any more)
   * and shows a blank page, as a newly started browser would; the browser itself stays for the next
   * class.
   */
  @Override
  public void close() {
    if (!answers()) {
      return; // replaced by the next start
    }
    driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    driver.get("about:blank");
  }

  /** Quits the browser and deletes its profile. */
  private synchronized void quit() {
    // At the test JVM's exit chromedriver may be stopped before it has closed the browser, and the
    // headless shell then stays running (three processes per run were left); what quit leaves of
    // the browser is stopped here.
    List<ProcessHandle> browser =
        ProcessHandle.current().descendants().filter(BrowserSession::isBrowser).toList();
    try {
      driver.quit();
    } catch (RuntimeException alreadyGone) {
      // Nothing left to quit.
    } finally {
      browser.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      delete(profile);
    }
  }

  private static boolean isBrowser(ProcessHandle process) {
    return process.info().command().filter(command -> command.contains("chromium")).isPresent();
  }

  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // A leftover temporary profile is harmless.
    }
  }
}
