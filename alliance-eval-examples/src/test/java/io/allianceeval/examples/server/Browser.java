package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through Debian's chromedriver, for the browser tests. Under {@code
 * CI=true} a missing browser fails the test (.ci/run installs it); elsewhere the test is skipped
 * with a message that says what to install.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** Skips (or, under CI, fails) the test when Chromium or chromedriver is missing. */
  static void require() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install "
          + "chromium chromium-driver (.ci/run does)");
    }
    assumeTrue(present, "no Chromium here: apt-get install chromium chromium-driver to run the "
        + "browser tests");
  }

  /** A new headless browser of {@code width} × {@code height}, downloading into {@code dir}. */
  static ChromeDriver start(int width, int height, Path downloads, Path profile) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=" + width + "," + height);
    o.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(service, o);
    d.manage().window().setSize(new Dimension(width, height));
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return d;
  }
}
