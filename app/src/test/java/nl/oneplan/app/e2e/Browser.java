package nl.oneplan.app.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Headless Chromium (the system's, /usr/bin/chromium with /usr/bin/chromedriver; other paths
 * through {@code -Dchromium.binary}, {@code -Dchromium.driver}) for the web UI's end-to-end
 * tests, with a screenshot and the page source in {@code target/e2e-failures} when a test fails.
 * Like PostgreSQL, Chromium is never silently skipped: without it these tests fail and say how to
 * install it ({@code .ci/run} does).
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private WebDriver driver;
    private String base;
    private Path downloads;

    @Override
    public void beforeAll(ExtensionContext context) {
        File binary = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
        if (!binary.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("The web UI's browser tests need Chromium at " + binary
                    + " and ChromeDriver at " + chromedriver + ": on Debian `apt-get install chromium chromium-driver` (bash .ci/run does it), "
                    + "or name other paths with -Dchromium.binary= and -Dchromium.driver=");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        try {
            downloads = Files.createDirectories(Path.of("target", "e2e-downloads")).toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // Background networking is refused on a closed network; each attempt slows the browser down.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=nl");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        driver = chrome;
        // Every console error and uncaught failure of every page, from before its first script runs.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                window.__errors = [];
                const original = console.error.bind(console);
                console.error = (...parts) => { window.__errors.push(parts.map(String).join(' ')); original(...parts); };
                addEventListener('error', (event) => window.__errors.push('error: ' + (event.message || event)));
                addEventListener('unhandledrejection', (event) => window.__errors.push('unhandled: '
                    + (event.reason && event.reason.message || event.reason)));
                """));
    }

    /** Console errors and uncaught failures since the last call (on this document). */
    java.util.List<String> consoleErrors() {
        Object errors = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return (window.__errors || []).splice(0)");
        return errors instanceof java.util.List<?> list ? list.stream().map(String::valueOf).toList()
                : java.util.List.of();
    }

    /** What axe-core (run inside the page) finds wrong with it, any impact: "rule (impact): elements". */
    @SuppressWarnings("unchecked")
    java.util.List<String> accessibilityViolations() {
        org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object'"))) {
            script.executeScript(AXE.get());
        }
        Object found = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then((result) => done(result.violations.map((v) => v.id + ' (' + v.impact + '): '
                    + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))))
                  .catch((e) => done(['axe failed: ' + e]));""");
        return (java.util.List<String>) found;
    }

    private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {
        private String source;

        @Override
        public synchronized String get() {
            if (source == null) {
                try (java.io.InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                    if (in == null) {
                        throw new IllegalStateException("axe.min.js is not on the test classpath "
                                + "(com.deque.html.axe-core:selenium in app/pom.xml)");
                    }
                    source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return source;
        }
    };

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path folder = Path.of("target", "e2e-failures");
            Files.createDirectories(folder);
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(name + ".html"), Optional.ofNullable(driver.getPageSource()).orElse(""));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    void at(int port) {
        base = "http://localhost:" + port;
    }

    void open(String hash) {
        driver.get(base + "/" + hash);
    }

    WebDriver driver() {
        return driver;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement byId(String id) {
        return find(By.id(id));
    }

    void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Dates go in as the browser's date input expects them from a keyboard: the value is set directly. */
    void date(String id, String isoDate) {
        WebElement field = byId(id);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", field, isoDate);
    }

    /** Ticks the checkbox labelled {@code label} in the group (fieldset) {@code id}. */
    void tick(String id, String label) {
        click(By.xpath("//fieldset[@id='" + id + "']//label[contains(., '" + label + "')]/input"));
    }

    void choose(String id, String visibleText) {
        new Select(byId(id)).selectByVisibleText(visibleText);
    }

    void click(By by) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForUrl(String fragment) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * The fields of the page that a screen reader could not name: no label pointing at them, no
     * label around them, no aria-label; as "tag#id" texts, empty when every field is labelled.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> unlabelledFields() {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('main input, main select, main textarea')]
                  .filter((field) => field.type !== 'hidden')
                  .filter((field) => !(field.id && document.querySelector(`label[for="${field.id}"]`))
                    && !field.closest('label') && !field.getAttribute('aria-label'))
                  .map((field) => `${field.tagName.toLowerCase()}#${field.id || field.name}`);""");
    }

    /** Waits until the browser has saved a download of this name, and returns it. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, PATIENCE).until(browser -> Files.isRegularFile(file) && file.toFile().length() > 0);
        return file;
    }

    /** What a person reads on the page, without the markup. */
    String pageText() {
        return find(By.tagName("main")).getText();
    }

    /** A picture of the page as it is, in target/e2e-screens, to look at while building. */
    void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "e2e-screens");
        Files.createDirectories(folder);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    void signIn(String user) {
        open("#/signin");
        type("signin-user", user);
        type("signin-password", "demo-" + user);
        click(By.cssSelector("form button[type=submit]"));
        find(By.cssSelector("header .who span"));
    }

    void signOut() {
        click(By.xpath("//header//button[normalize-space()='Afmelden' or normalize-space()='Sign out']"));
        byId("signin-user");
    }
}
