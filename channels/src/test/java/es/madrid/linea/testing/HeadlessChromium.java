package es.madrid.linea.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A headless Chromium ({@link Chromium}) for tests that play several people at once: each {@link #newPerson()} is a
 * fresh profile with its own cookies and storage. Pages are scanned with axe-core by {@link #assertAccessible}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launches the browser, or skips (fails in CI) the calling test when it is not installed. */
    public static HeadlessChromium launchOrSkip() {
        Path executable = Chromium.require();
        Playwright playwright = Chromium.playwright();
        try {
            return new HeadlessChromium(playwright, Chromium.launch(playwright, executable));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile: its own cookies and storage, like another person's computer. */
    public Page newPerson() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("es-ES"))
                .newPage();
    }

    /** Scans the page with axe-core: no violation of serious or critical impact may remain. */
    public static void assertAccessible(Page page) {
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
