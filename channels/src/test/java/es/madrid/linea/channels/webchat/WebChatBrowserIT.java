package es.madrid.linea.channels.webchat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import es.madrid.linea.testing.ApplicationIT;
import es.madrid.linea.testing.Chromium;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web chat in a real headless Chromium: what a citizen on madrid.es sees and does. */
class WebChatBrowserIT extends ApplicationIT {

    private Playwright playwright;
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        Path chromium = Chromium.require();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, chromium);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aCitizenSaysHolaGetsAnAnswerAndFindsTheConversationAgainAfterAReload() {
        Page page = browser.newPage();
        page.navigate(api.base() + "/");
        Locator bot = page.locator(".cb-bot");
        assertThat(bot.first()).containsText("¡Hola!");
        int greeting = bot.count();

        page.getByLabel("Escribe tu mensaje").fill("hola");
        page.keyboard().press("Enter");

        assertThat(page.locator(".cb-user")).containsText("hola");
        // Greeted once: a "hola" right after the greeting gets a short answer, not the greeting again.
        assertThat(bot).hasCount(greeting + 1);
        assertThat(bot.last()).containsText("¿En qué puedo ayudarte?");
        page.reload();
        assertThat(page.locator(".cb-user")).containsText("hola");
        assertThat(page.locator(".cb-bot")).hasCount(greeting + 1);
    }

    @Test
    void quickRepliesAreButtonsThatWorkFromTheKeyboard() {
        Page page = browser.newPage();
        page.navigate(api.base() + "/");
        Locator option = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pedir cita"));
        assertThat(option).isVisible();

        option.focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".cb-user")).containsText("Pedir cita");
    }

    @Test
    void thePageHasNoSeriousAccessibilityViolations() {
        Page page = browser.newPage();
        page.navigate(api.base() + "/");
        assertThat(page.locator(".cb-bot").first()).isVisible();

        AxeResults results = new AxeBuilder(page).analyze();

        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getDescription())
                .toList();
        assertThat(serious).isEmpty();
    }

    @Test
    void onAPhoneTheChatFitsTheScreen() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(375, 667)
                .setIsMobile(true)
                .setHasTouch(true));
        Page page = phone.newPage();
        page.navigate(api.base() + "/");
        assertThat(page.locator(".cb-bot").first()).isVisible();

        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        assertThat(page.getByLabel("Escribe tu mensaje")).isVisible();
    }

    @Test
    void theWidgetEmbeddedInAnotherSitesPageOpensFromItsButton() throws Exception {
        // A stand-in for a madrid.es page, served from another origin: the widget must work cross-origin.
        String html = "<!doctype html><html lang=\"es\"><head><title>madrid.es</title></head><body>"
                + "<main><h1>Ayuntamiento de Madrid</h1></main>"
                + "<script src=\"" + api.base() + "/widget.js\" defer></script></body></html>";
        HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        host.start();
        try {
            Page page = browser.newPage();
            page.navigate("http://127.0.0.1:" + host.getAddress().getPort() + "/portal/");

            Locator launcher =
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chat Línea Madrid"));
            launcher.click();

            assertThat(launcher).hasAttribute("aria-expanded", "true");
            assertThat(page.locator(".cb-bot").first()).containsText("¡Hola!");
            page.getByLabel("Escribe tu mensaje").fill("gracias");
            page.keyboard().press("Enter");
            assertThat(page.locator(".cb-user")).containsText("gracias");
            page.keyboard().press("Escape");
            assertThat(page.locator(".cb-panel")).isHidden();
        } finally {
            host.stop(0);
        }
    }
}
