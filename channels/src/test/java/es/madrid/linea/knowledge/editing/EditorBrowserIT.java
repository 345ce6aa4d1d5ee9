package es.madrid.linea.knowledge.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import es.madrid.linea.handoff.RunningApplication;
import es.madrid.linea.testing.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editors' page in a real browser: an editor signs in, changes a procedure, sees a broken draft refused field by
 * field, tries the search with the draft, publishes it (citizens' search finds the change at once), and restores the
 * earlier revision from the history. The page passes an accessibility scan.
 */
class EditorBrowserIT extends RunningApplication {

    private static final String WORD = "zarzaparrilla";

    @Test
    void anEditorChangesAProcedurePublishesItAndRestoresTheEarlierRevision() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        String base = "http://localhost:" + port;
        try (HeadlessChromium chromium = HeadlessChromium.launchOrSkip()) {
            Page editor = chromium.newPerson();
            editor.navigate(base + "/editor/");
            assertThat(editor).hasURL(Pattern.compile(".*/login$"));
            editor.getByLabel("Usuario").fill("marta");
            editor.getByLabel("Contraseña").fill("marta-secreta");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entrar"))
                    .click();
            assertThat(editor).hasURL(Pattern.compile(".*/editor/(\\?continue)?$"));
            assertThat(editor.locator("#editor-name")).hasText("marta");

            editor.getByLabel("Buscar por nombre o id").fill("ibi-pago");
            editor.locator("#procedures button", new Page.LocatorOptions().setHasText("Pagar el IBI (la contribución)"))
                    .first()
                    .click();
            Locator markdown = editor.getByLabel("Archivo de la ficha (Markdown con su cabecera)");
            assertThat(markdown).hasValue(Pattern.compile("^---\\nid: ibi-pago\\n.*", Pattern.DOTALL));
            String original = markdown.inputValue();
            HeadlessChromium.assertAccessible(editor);

            markdown.fill(original.replaceFirst("\\ntitle: [^\\n]*", ""));
            button(editor, "Guardar borrador").click();
            assertThat(editor.locator("#problems")).containsText("title");
            assertThat(editor.locator("#errors")).containsText("problema");

            markdown.fill(original.replace("## Qué es\n", "## Qué es\nTambién lo llaman impuesto " + WORD + ".\n"));
            button(editor, "Guardar borrador").click();
            assertThat(editor.locator("#notices")).containsText("Borrador guardado");
            assertThat(editor.locator("#problems")).isEmpty();

            editor.getByLabel("Pregunta de un ciudadano").fill("pagar el impuesto " + WORD);
            button(editor, "Probar").click();
            assertThat(editor.locator("#preview-rank")).containsText("en la posición 1");
            assertThat(citizensFind(base, WORD)).doesNotContain("ibi-pago");

            button(editor, "Publicar").click();
            assertThat(editor.locator("#notices")).containsText("los ciudadanos ya la encuentran");
            assertThat(citizensFind(base, WORD)).contains("\"id\":\"ibi-pago\"");
            assertThat(editor.locator("#history")).containsText("publicada");

            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restaurar la revisión 1"))
                    .click();
            assertThat(editor.locator("#notices")).containsText("Restaurada la revisión 1");
            assertThat(markdown).not().hasValue(Pattern.compile(".*" + WORD + ".*", Pattern.DOTALL));
            assertThat(citizensFind(base, WORD)).doesNotContain("ibi-pago");
            HeadlessChromium.assertAccessible(editor);
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** What the public search answers a citizen, as JSON text. */
    private static String citizensFind(String base, String words) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/kb/search?q=" + words))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
