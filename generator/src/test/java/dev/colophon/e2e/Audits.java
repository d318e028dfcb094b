package dev.colophon.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page budgets' checkers: axe-core (WCAG 2.1 AA) injected into Chromium, and the Nu Html Checker.
 * Both come from npm into a tools folder outside the repository ({@code COLOPHON_TOOLS}, default
 * {@code ~/.cache/colophon-tools}), which {@code .ci/run} fills; without them a test is skipped with a
 * message, and fails in CI.
 */
final class Audits {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Path TOOLS = Path.of(System.getenv().getOrDefault("COLOPHON_TOOLS",
            System.getProperty("user.home") + "/.cache/colophon-tools"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (r) { done(JSON.stringify(r.violations.map(function (v) {
                return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' ') + ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')'; }).join('; ');
              }))); })
              .catch(function (e) { done(JSON.stringify(['axe failed: ' + e])); });""";

    private Audits() {
    }

    static Path tool(String relative) {
        Path path = TOOLS.resolve("node_modules").resolve(relative);
        if (!Files.isRegularFile(path)) {
            String message = path + " is missing: npm install --prefix " + TOOLS + " axe-core vnu-jar (as .ci/run does)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort("Skipping page audit: " + message);
        }
        return path;
    }

    /** Light or dark, as the reader's system would ask for it. */
    static void scheme(Browser browser, String scheme) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    static void width(Browser browser, int width) {
        browser.driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** The WCAG 2.1 A and AA violations on the page as it is now, one line each. */
    static List<String> axe(Browser browser) {
        try {
            if (Boolean.FALSE.equals(browser.js("return typeof axe !== 'undefined'"))) {
                browser.js(Files.readString(tool("axe-core/axe.min.js")));
            }
            browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
            Object result = ((JavascriptExecutor) browser.driver).executeAsyncScript(AXE_RUN);
            List<String> violations = new ArrayList<>();
            JSON.readTree(String.valueOf(result)).forEach(v -> violations.add(v.asText()));
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only what the window shows: the comment widget sits below the fold. */
    @SuppressWarnings("unchecked")
    static void screenshot(Browser browser, String name) {
        try {
            ChromeDriver chrome = (ChromeDriver) browser.driver;
            Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            // the window's width, scroll bar included: the capture lays the page out without one
            double width = Math.max(((Number) size.get("width")).doubleValue(), ((Number) browser.js("return innerWidth")).doubleValue());
            double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
            Object data = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1))).get("data");
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Nu Html Checker's errors for these files, each as "file:line: message". */
    static List<String> nuErrors(List<Path> files) {
        try {
            List<String> command = new ArrayList<>(List.of("java", "-jar", tool("vnu-jar/build/dist/vnu.jar").toString(),
                    "--errors-only", "--format", "json"));
            files.forEach(f -> command.add(f.toString()));
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String report = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor();
            List<String> errors = new ArrayList<>();
            for (JsonNode message : JSON.readTree(report).get("messages")) {
                errors.add(message.path("url").asText() + ":" + message.path("lastLine").asText() + ": " + message.path("message").asText());
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
