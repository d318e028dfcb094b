package dev.colophon.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, one fresh profile per instance (a new reader). Without
 * Chromium the test is skipped with a message on a developer machine, and fails in CI (CI=true).
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    static final String READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            String message = "Chromium and ChromeDriver are needed at " + CHROMIUM + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort("Skipping browser test: " + message);
        }
        try {
            Path profile = Files.createTempDirectory("colophon-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1200,900", "--user-data-dir=" + profile,
                    // a reader's agent: headless Chromium announces itself and is, rightly, not counted
                    "--user-agent=" + READER_AGENT);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void open(String url) {
        driver.get(url);
    }

    /** A wait that retries when the page reloads under it (live reload, navigation, a re-render). */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20)); // a loaded 2-core CI runner
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public WebElement await(String css) {
        return waiting().until(d -> unlessDetached(() ->
                d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
    }

    public void awaitText(String css, String text) {
        waiting().until(d -> unlessDetached(() ->
                d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)) ? Boolean.TRUE : null));
    }

    /**
     * Null (so the wait tries again) when the page was replaced while an element was read. Some
     * Chromium versions report that as an inspector error rather than as a stale element.
     */
    private static <T> T unlessDetached(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }

    /** Scrolls to the page's comments, as a reader does: the widget draws its thread only when they come near. */
    /**
     * Scrolls the comments into view, again on every try until the widget has drawn (at most the wait's
     * time, quietly): content that lays out late can move them out of view before the widget looks.
     */
    public void scrollToComments() {
        try {
            waiting().until(d -> Boolean.TRUE.equals(js("var c = document.getElementById('comments'); if (!c) return true;"
                    + " c.scrollIntoView(); return !!document.querySelector('.colophon');")) ? Boolean.TRUE : null);
        } catch (org.openqa.selenium.TimeoutException notDrawn) {
            // the test's own wait says what it expected to see
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console errors that were not caught: any is a defect of the page or the widget. */
    public List<String> uncaughtErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Uncaught") || m.contains("TypeError") || m.contains("ReferenceError"))
                .toList();
    }

    public byte[] screenshot() {
        return ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
