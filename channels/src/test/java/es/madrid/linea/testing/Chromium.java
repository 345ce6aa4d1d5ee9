package es.madrid.linea.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright, for the tests of the pages. Playwright never downloads a browser
 * here. Where Chromium is missing the browser tests are skipped, unless {@code CIBELES_REQUIRE_BROWSER=1} (CI), where
 * a missing browser fails them.
 */
public final class Chromium {

    private static final Path DEFAULT = Path.of("/usr/bin/chromium");

    private Chromium() {}

    /** Skips (or, in CI, fails) the calling test when there is no Chromium. */
    public static Path require() {
        String configured = System.getenv("CIBELES_CHROMIUM");
        Path executable = configured == null ? DEFAULT : Path.of(configured);
        boolean present = Files.isExecutable(executable);
        if (!present && "1".equals(System.getenv("CIBELES_REQUIRE_BROWSER"))) {
            throw new AssertionError(
                    "Chromium is required (CIBELES_REQUIRE_BROWSER=1) but " + executable + " is missing");
        }
        Assumptions.assumeTrue(present, "Chromium not installed at " + executable + ": browser test skipped");
        return executable;
    }

    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright, Path executable) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }
}
