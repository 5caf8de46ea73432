package vn.khenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one Chromium set-up of the browser tests: Debian's chromium and chromedriver (headless), Vietnamese as the
 * browser language, a 1366×768 window as on a commune office's laptop, our login page, screenshots under
 * target/screenshots/, the browser console collected. Without chromium a test fails with the install hint: ./test
 * installs it.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Where the user guide's pictures are written as well, when set (-Dguide.screenshots=docs/huong-dan/img). */
    public static final String GUIDE_PROPERTY = "guide.screenshots";
    public static final String PASSWORD = "demo";

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final int port;
    private final Path folder;
    private final Path profile;
    private final Duration timeout;

    /**
     * @param folder where this test's screenshots go, under target/screenshots/ ("" for the folder itself)
     */
    public Browser(int port, String folder, Duration timeout) {
        assertThat(new File(CHROMIUM).canExecute()).as("chromium (apt-get install chromium; ./test does it)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("chromedriver (apt-get install chromium-driver)").isTrue();
        this.port = port;
        this.timeout = timeout;
        this.folder = folder.isEmpty() ? SCREENSHOTS : SCREENSHOTS.resolve(folder);
        try {
            Files.createDirectories(this.folder);
            profile = Files.createTempDirectory("kt-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=vi", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The system chromedriver, named explicitly: Selenium Manager must not download anything.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, timeout);
    }

    public Browser(int port, String folder) {
        this(port, folder, Duration.ofSeconds(30));
    }

    /** Removes the pictures a previous run left in this test's folder (only files: other tests keep sub-folders). */
    public Browser clearScreenshots() {
        try (var old = Files.list(folder)) {
            for (Path p : old.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Signs in on our login page as a demo user (password {@value #PASSWORD}) and waits until the landing page is
     * there: the audit page for the auditor, Tasklist in Vietnamese for everyone else.
     */
    public void signIn(String user) {
        driver.manage().deleteAllCookies();
        open("/login");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
        if ("thanhtra".equals(user)) {
            // The auditor's work is the audit page: that is where signing in takes them (issue 17).
            wait.until(ExpectedConditions.urlContains("/tra-cuu.html"));
            return;
        }
        wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
        // Vietnamese Tasklist: the header's start link is translated. The first load of Tasklist's scripts in a
        // fresh browser profile takes long on a busy machine, and was seen there to stay on its spinner: as a
        // person would, the page is loaded again once.
        By started = By.xpath("//a[contains(normalize-space(),'Bắt đầu quy trình')]");
        try {
            new WebDriverWait(driver, timeout.multipliedBy(2)).until(ExpectedConditions.visibilityOfElementLocated(started));
        } catch (org.openqa.selenium.TimeoutException first) {
            List<String> console = consoleErrors();
            screenshot("dang-nhap-cham-" + user);
            driver.navigate().refresh();
            try {
                new WebDriverWait(driver, timeout.multipliedBy(2)).until(ExpectedConditions.visibilityOfElementLocated(started));
            } catch (org.openqa.selenium.TimeoutException e) {
                screenshot("dang-nhap-khong-xong-" + user);
                throw new AssertionError(user + " did not reach Tasklist: " + driver.getCurrentUrl() + " showing «" + text()
                        + "»; console: " + console + " " + consoleErrors(), e);
            }
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** A full page load of a Tasklist address: a hash change on Tasklist's own page races its start-up. */
    public void openFresh(String path) {
        driver.get("about:blank");
        open(path);
    }

    public void click(By by) {
        jsClick(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    /** Scrolled into view and clicked as a user would; Tasklist's fixed header may cover an element at the edge. */
    public void jsClick(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** What a person reads on the screen now (the page's visible text). */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The visible text less what a page deliberately shows as an identifier or machine text, set as code
     * ({@code <code>}, {@code <kbd>}, {@code <samp>}: a movement's code as the Excel template names it, a rule's FEEL
     * condition): what the screen checks read as words.
     */
    public String wordsText() {
        return wordsText("code, kbd, samp");
    }

    /** The same, leaving out what {@code codeSelector} names as code (the rule cells of a DMN table are FEEL). */
    public String wordsText(String codeSelector) {
        // Hidden for the moment of reading (innerText leaves out what is not displayed), then shown again. Through the
        // CSSOM, not an injected <style>: the pages' Content-Security-Policy (style-src 'self') refuses inline styles.
        return (String) script("var els = Array.prototype.slice.call(document.querySelectorAll(arguments[0]));"
                + "var saved = els.map(function (e) { return [e.style.getPropertyValue('display'), e.style.getPropertyPriority('display')]; });"
                + "els.forEach(function (e) { e.style.setProperty('display', 'none', 'important'); });"
                + "var t = document.body.innerText;"
                + "els.forEach(function (e, i) { if (saved[i][0]) { e.style.setProperty('display', saved[i][0], saved[i][1]); }"
                + " else { e.style.removeProperty('display'); } });"
                + "return t;", codeSelector);
    }

    /** Saves the screen as &lt;folder&gt;/&lt;name&gt;.png; returns the file. */
    public Path screenshot(String name) {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = folder.resolve(name + ".png");
        try {
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * A screenshot that may be a picture of the user guide: with -Dguide.screenshots=docs/huong-dan/img it is also
     * written there when a page of the guide (the folder's parent, *.md) shows it, made small with pngquant when the
     * machine has it (apt-get install pngquant).
     */
    public Path guideScreenshot(String name) {
        Path shot = screenshot(name);
        String guide = System.getProperty(GUIDE_PROPERTY);
        if (guide == null || guide.isBlank()) {
            return shot;
        }
        Path dir = Path.of(guide);
        if (!guidePictures(dir).contains(name + ".png")) {
            return shot;
        }
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            if (new File(PNGQUANT).canExecute()) {
                Process p = new ProcessBuilder(PNGQUANT, "--force", "--skip-if-larger", "--quality=60-85", "--strip", "--ext", ".png", target.toString())
                        .redirectErrorStream(true).start();
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                p.waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return shot;
    }

    static final String PNGQUANT = "/usr/bin/pngquant";
    private java.util.Set<String> guidePictures;

    /** The pictures (img/NAME.png) the guide's pages show. */
    private java.util.Set<String> guidePictures(Path dir) {
        if (guidePictures == null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            Path pages = dir.toAbsolutePath().getParent();
            java.util.regex.Pattern picture = java.util.regex.Pattern.compile("img/([A-Za-z0-9-]+\\.png)");
            try (var files = Files.list(pages)) {
                for (Path md : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    java.util.regex.Matcher m = picture.matcher(Files.readString(md));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            guidePictures = names;
        }
        return guidePictures;
    }

    /** The console's errors (SEVERE: a failed request, a script error, a CSP refusal) since the last call; reading empties the log. */
    public List<String> consoleErrors() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        return entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
