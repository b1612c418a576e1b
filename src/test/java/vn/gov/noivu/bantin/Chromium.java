package vn.gov.noivu.bantin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven through
 * Selenium, with a throw-away profile. Missing browser packages are a test failure that says how to
 * install them, never a skipped test. A check of the layout starts it with a {@link Font}: every page is
 * then laid out in that font whatever the page asks for and whatever else the machine has, so that what
 * fits at 360 px does not depend on the fonts of the machine that runs the tests.
 */
public final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium looks for a DevTools binding matching the browser at start and warns when it has none; none is used. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    public final ChromeDriver driver;
    private final Path profile;

    static {
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts Chromium with a viewport of {@code width}×{@code height} CSS pixels (emulated, since a
     * browser window cannot be made as narrow as a phone), JavaScript on or off.
     */
    public static Chromium start(boolean javascript, int width, int height) {
        return start(javascript, width, height, 1, null);
    }

    /**
     * As {@link #start(boolean, int, int)}, with {@code scale} device pixels per CSS pixel (2 for most phones), as
     * Chrome's device emulation does: pictures are chosen from {@code srcset} for that many pixels.
     */
    public static Chromium start(boolean javascript, int width, int height, double scale) {
        return start(javascript, width, height, scale, null);
    }

    /** As {@link #start(boolean, int, int, double, Font)} at one device pixel per CSS pixel. */
    public static Chromium start(boolean javascript, int width, int height, Font font) {
        return start(javascript, width, height, 1, font);
    }

    /**
     * The fonts the layout checks lay pages out with, the two ends of the widths readers' fonts have: DejaVu Sans,
     * the default of many Linux desktops and the widest common one (13% wider than Arial on Vietnamese text), and
     * Liberation Sans 2, Arial's widths (as Windows' Arial, Roboto and Helvetica, within a few per cent) with every
     * Vietnamese letter. Liberation 1 (Debian's fonts-liberation, which chromium recommends) has none of the
     * letters of Latin Extended Additional (ạ, ị, ư, ỹ …), so a browser would take those from another font.
     */
    public enum Font {
        DEJAVU_SANS("DejaVu Sans", "fonts-dejavu-core"), LIBERATION_SANS("Liberation Sans", "fonts-liberation2");

        /** The family name, as CSS and fontconfig write it. */
        public final String family;
        /** Debian's package, which .ci/run installs. */
        public final String debianPackage;

        Font(String family, String debianPackage) {
            this.family = family;
            this.debianPackage = debianPackage;
        }

        /** Fails, naming the font and its package, unless fontconfig has this family with every Vietnamese letter. */
        void requireInstalled() {
            requireFont(family, debianPackage);
        }
    }

    /** Fails, naming {@code family} and {@code debianPackage}, unless fontconfig has that family with every Vietnamese letter. */
    static void requireFont(String family, String debianPackage) {
        String found;
        try {
            Process p = new ProcessBuilder("fc-list", family + ":charset=" + VIETNAMESE, "family").redirectErrorStream(true).start();
            found = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("fontconfig's fc-list cannot run (" + e.getMessage() + "): the layout checks need the font "
                    + family + "; run .ci/run, which installs " + debianPackage, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (found.lines().noneMatch(l -> List.of(l.split(",")).contains(family))) {
            throw new IllegalStateException("the font " + family + " (with the Vietnamese letters) is not installed: the layout checks"
                    + " lay pages out with it. Run .ci/run, which installs Debian's " + debianPackage
                    + " (or `apt-get install -y " + debianPackage + "`)");
        }
    }

    /** The letters Vietnamese adds to Latin, as fontconfig writes a character set: ơ ư đ and Latin Extended Additional (ạ … ỹ). */
    private static final String VIETNAMESE = "111 1a1 1b0 1ea0-1ef9";

    /**
     * As {@link #start(boolean, int, int, double)}, every page laid out in {@code font} (null: as the page asks): a style
     * sheet of the browser's own, adopted by each document before the page's code runs, gives its text that family.
     * It is not the page's, so the page's Content-Security-Policy neither applies to it nor reports it.
     */
    public static Chromium start(boolean javascript, int width, int height, double scale, Font font) {
        if (font != null) {
            font.requireInstalled();
        }
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium is not installed (" + BROWSER + ", " + DRIVER
                    + "): run `apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does this)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("bantin-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=vi");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", width < 600));
        if (font != null) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "(function () { var s = new CSSStyleSheet(); s.replaceSync('html, body, button, input, select, textarea, code, pre"
                    + " { font-family: \"" + font.family + "\" !important; }'); document.adoptedStyleSheets = [s]; })();"));
        }
        return new Chromium(driver, profile);
    }

    /**
     * The fonts the browser drew the text of the elements {@code selector} matches with, and of everything in them
     * (the family names of the platform's fonts, as DevTools reports them), sorted: what a layout was measured in.
     * The summaries of {@code <details>} are left out: their arrows (▾ ▴) are symbols a text font may lack, which
     * any browser then draws from another font.
     */
    @SuppressWarnings("unchecked")
    public java.util.SortedSet<String> fontsOf(String selector) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = (Map<String, Object>) driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0)).get("root");
        List<Number> nodes = (List<Number>) driver.executeCdpCommand("DOM.querySelectorAll",
                Map.of("nodeId", document.get("nodeId"), "selector", ":is(" + selector + ", " + selector.replace(",", " *,") + " *):not(summary)"))
                .get("nodeIds");
        java.util.SortedSet<String> families = new java.util.TreeSet<>();
        for (Number node : nodes) {
            List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                    Map.of("nodeId", node)).get("fonts");
            fonts.forEach(f -> families.add((String) f.get("familyName")));
        }
        return families;
    }

    /** From now on, records in every page what its Content-Security-Policy blocks, before the page's own code runs. */
    public void recordBlockedRequests() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__blocked = [];document.addEventListener('securitypolicyviolation',"
                + "function (e) { window.__blocked.push(e.violatedDirective + ' ' + e.blockedURI); });"));
    }

    /** What the current page's CSP blocked (directive and address), since {@link #recordBlockedRequests}. */
    public Object blockedRequests() {
        return driver.executeScript("return window.__blocked;");
    }

    /**
     * On the site's search page: waits until the script has answered and returns its status line. The first
     * look waits a timer's turn: the page answers each keystroke on a timer of its own, and the status line
     * read at once could still answer the query as it was a letter before.
     */
    public String searchAnswer() {
        return (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "function wait() { var s = document.getElementById('trang-thai-tim-kiem');"
                + "  if (s && s.textContent && s.textContent.indexOf('Đang tải') < 0) { done(s.textContent); }"
                + "  else { setTimeout(wait, 20); } }"
                + "setTimeout(wait, 20);");
    }

    /** axe-core's violations on the current page, one line each: rule, impact, help and the elements. */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        driver.executeScript(Axe.SOURCE);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ': '"
                + "    + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}, function (e) { done(['axe-core failed: ' + e]); });");
        return (List<String>) result;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the system
            }
        }
    }

    /** axe-core's script, from Deque's jar on the test class path. */
    static final class Axe {
        static final String SOURCE = load();

        private static String load() {
            try (var in = Chromium.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
