package es.madrid.linea.handoff.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import es.madrid.linea.handoff.RunningApplication;
import es.madrid.linea.testing.HeadlessChromium;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The agent console in a real browser: an agent signs in (in Spanish), accepts the chat of a citizen who asked for a
 * person on the web chat page, replies, and the citizen's page shows the reply; both pages pass an accessibility
 * scan.
 */
class AgentConsoleBrowserIT extends RunningApplication {

    private static final String REPLY = "Hola, soy Ana, de Línea Madrid. ¿En qué puedo ayudarte?";

    @Test
    void anAgentSignsInAcceptsAWaitingChatAndTheCitizenReadsTheReply() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        String base = "http://localhost:" + port;
        try (HeadlessChromium chromium = HeadlessChromium.launchOrSkip()) {
            Page agent = chromium.newPerson();
            agent.navigate(base + "/console/");
            assertThat(agent).hasURL(Pattern.compile(".*/login$"));
            HeadlessChromium.assertAccessible(agent);
            agent.getByLabel("Usuario").fill("ana");
            agent.getByLabel("Contraseña").fill("ana-secreta");
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar"))
                    .click();
            assertThat(agent).hasURL(Pattern.compile(".*/console/(\\?continue)?$"));
            assertThat(agent.locator("#connection")).hasText("Conectado");
            assertThat(agent.locator("#agent-name")).hasText("Ana");
            agent.getByLabel("Mi estado").selectOption("available");

            Page citizen = chromium.newPerson();
            citizen.navigate(base + "/");
            citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hablar con una persona"))
                    .click();
            assertThat(citizen.locator(".cb-log")).containsText("Estás en la posición 1 de la cola");

            agent.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Aceptar la conversación de la cola Atención general"))
                    .click();
            assertThat(agent.locator("#transcript")).containsText("Hablar con una persona");
            assertThat(agent.locator("#summary")).containsText("Lo ha pedido el ciudadano");
            agent.getByLabel("Tu respuesta (la recibe el ciudadano)").fill(REPLY);
            agent.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Enviar").setExact(true))
                    .click();

            assertThat(citizen.locator(".cb-log")).containsText(REPLY);
            assertThat(agent.locator("#transcript")).containsText(REPLY);
            HeadlessChromium.assertAccessible(agent);

            agent.getByLabel("Resultado").selectOption("solved");
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar conversación"))
                    .click();
            assertThat(citizen.locator(".cb-log")).containsText("La conversación ha terminado");
            assertThat(agent.locator("#nothing")).isVisible();
        }
    }
}
