package es.madrid.linea.handoff.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven headless by Playwright, never a downloaded browser. Without {@value #EXECUTABLE} the
 * browser tests are skipped with a clear message, unless {@code CIBELES_REQUIRE_BROWSER=1} (CI), where they fail.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String EXECUTABLE = "/usr/bin/chromium";

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches the browser, or skips (fails in CI) the calling test when it is not installed. */
    static HeadlessChromium launchOrSkip() {
        if (!Files.isExecutable(Path.of(EXECUTABLE))) {
            String why = "Browser tests need Chromium at " + EXECUTABLE + " (apt-get install chromium)";
            if ("1".equals(System.getenv("CIBELES_REQUIRE_BROWSER"))) {
                Assertions.fail(why + "; CIBELES_REQUIRE_BROWSER=1 makes its absence a failure.");
            }
            Assumptions.abort(why + ": skipped. Set CIBELES_REQUIRE_BROWSER=1 to make this a failure.");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Path.of(EXECUTABLE))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile: its own cookies and storage, like another person's computer. */
    Page newPerson() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"))
                .newPage();
    }

    /** Scans the page with axe-core: no violation of serious or critical impact may remain. */
    static void assertAccessible(Page page) {
        List<Rule> blocking = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                        .toList();
        assertThat(blocking)
                .as(() -> "accessibility of " + page.url() + ": "
                        + blocking.stream()
                                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .toList())
                                .toList())
                .isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
