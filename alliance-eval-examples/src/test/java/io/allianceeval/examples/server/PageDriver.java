package io.allianceeval.examples.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user at the pages of a test server in headless Chromium: open a page, fill and send its
 * forms, log in and out, read the main text, wait for a download. Closes the browser.
 */
final class PageDriver implements AutoCloseable {

  final ChromeDriver browser;
  final Path downloads;
  private final TestServer server;

  /** A browser of 1280 × 1000 over {@code server}, downloading into {@code dir}/downloads. */
  PageDriver(TestServer server, Path dir) throws Exception {
    this.server = server;
    this.downloads = Files.createDirectories(dir.resolve("downloads"));
    this.browser = Browser.start(1280, 1000, downloads, Files.createDirectories(
        dir.resolve("profile")));
  }

  /** Opens {@code path} and waits until its document is complete. */
  void open(String path) {
    browser.get(server.base + path);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(
        ((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Types {@code value} into the field {@code name}, replacing what it held. */
  void fill(String name, String value) {
    WebElement e = browser.findElement(By.name(name));
    e.clear();
    e.sendKeys(value);
  }

  /** Sets a date or time field, whose typing depends on the browser's locale. */
  void set(String name, String value) {
    WebElement e = browser.findElement(By.name(name));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", e, value);
  }

  /**
   * Sends the form whose action ends with {@code formAction}, and waits for the next page. If the
   * document was replaced between finding the button and clicking it (a download's navigation
   * settling), the click had no effect, and the button is found again in the new document.
   */
  void submit(String formAction) {
    By button = By.cssSelector("form[action$='" + formAction + "'] button[type=submit]");
    for (int attempt = 1; ; attempt++) {
      WebElement page = browser.findElement(By.tagName("html"));
      try {
        browser.findElement(button).click();
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
        continue;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (attempt == 3 || e.getMessage() == null
            || !e.getMessage().contains("does not belong to the document")) {
          throw e;
        }
        continue;
      }
      waitUntilLeft(browser, page);
      return;
    }
  }

  /** Clicks and waits until the browser has left the page (the next one is loading or loaded). */
  void clickAndWait(WebElement e) {
    WebElement page = browser.findElement(By.tagName("html"));
    e.click();
    waitUntilLeft(browser, page);
  }

  /**
   * Waits until {@code page} (the old document's root) is gone. Chromium answers for a node of a
   * replaced document either "stale element" or "does not belong to the document": both mean the
   * browser has left the page.
   */
  static void waitUntilLeft(WebDriver browser, WebElement page) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
      try {
        page.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    });
  }

  void login(String username, String password) {
    open("/login");
    fill("username", username);
    fill("password", password);
    submit("/login");
  }

  /** The first login with a one-time password, which must be changed to {@code own}. */
  void firstLogin(String username, String oneTime, String own) {
    login(username, oneTime);
    fill("currentPassword", oneTime);
    fill("newPassword", own);
    submit("/password");
  }

  void logout() {
    clickAndWait(browser.findElement(By.cssSelector("form[action='/logout'] button")));
  }

  /** The text of the page's main part. */
  String text() {
    return browser.findElement(By.tagName("main")).getText();
  }

  /** The first file ending with {@code suffix} downloaded, once it is complete. */
  Path waitForDownload(String suffix) throws Exception {
    for (int i = 0; i < 200; i++) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done = files.filter(p -> p.toString().endsWith(suffix)).toList();
        if (!done.isEmpty()) {
          return done.get(0);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + suffix + " was downloaded into " + downloads);
  }

  @Override
  public void close() {
    browser.quit();
  }
}
