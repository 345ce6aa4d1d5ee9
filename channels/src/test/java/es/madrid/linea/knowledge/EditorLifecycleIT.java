package es.madrid.linea.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An editor, signed in with HTTP Basic, changes the vado procedure through the API: draft, preview, publish (found by
 * the next search, no restart), history, restore, unpublish. Invalid drafts are refused naming each field.
 */
class EditorLifecycleIT extends KnowledgeApplicationIT {

    private static final String VADO = "/api/v1/kb/procedures/vado-paso-vehiculos";

    @Test
    void anEditorTakesAChangeFromDraftToPublicationAndBack() throws Exception {
        String original = mvc.perform(as("editor", get(VADO + "/revisions/1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String markdown = JsonPath.read(original, "$.markdown");
        String changed = markdown.replaceFirst("(?m)^title: .*$", "title: Vado zarzaparrilla para tu garaje");

        mvc.perform(as(
                        "editor",
                        put(VADO + "/draft").contentType("text/markdown").content(changed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.changes", hasItem("title")));
        mvc.perform(get("/api/v1/kb/search").param("q", "zarzaparrilla"))
                .andExpect(jsonPath("$.hits[*].id", not(hasItem("vado-paso-vehiculos"))));

        mvc.perform(as("editor", get(VADO + "/draft/preview").param("q", "zarzaparrilla")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rank").value(1))
                .andExpect(jsonPath("$.draftRevision").value(2))
                .andExpect(jsonPath("$.hits[0].id").value("vado-paso-vehiculos"));

        mvc.perform(as("editor", post(VADO + "/publish")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("published"))
                .andExpect(jsonPath("$.revision").value(2));
        await().atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> mvc.perform(get("/api/v1/kb/search").param("q", "zarzaparrilla"))
                        .andExpect(jsonPath("$.hits[0].id").value("vado-paso-vehiculos"))
                        .andExpect(jsonPath("$.hits[0].revision").value(2)));
        mvc.perform(get(VADO)).andExpect(jsonPath("$.title").value("Vado zarzaparrilla para tu garaje"));

        mvc.perform(as("editor", get(VADO + "/history")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(2))
                .andExpect(jsonPath("$.entries[0].action").value("published"))
                .andExpect(jsonPath("$.entries[0].by").value("editor"))
                .andExpect(jsonPath("$.entries[0].at").isString())
                .andExpect(jsonPath("$.entries[0].changes", hasItem("title")))
                .andExpect(jsonPath("$.entries[*].action", hasItems("draft_saved", "imported")));

        mvc.perform(as("editor", post(VADO + "/revisions/1/restore")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(3))
                .andExpect(jsonPath("$.changes", hasItem("(restaura la revisión 1)")));
        mvc.perform(get(VADO)).andExpect(jsonPath("$.revision").value(3));
        mvc.perform(get("/api/v1/kb/search").param("q", "zarzaparrilla"))
                .andExpect(jsonPath("$.hits[*].id", not(hasItem("vado-paso-vehiculos"))));

        mvc.perform(as("editor", delete(VADO))).andExpect(status().isNoContent());
        mvc.perform(get(VADO)).andExpect(status().isNotFound());
        mvc.perform(as("editor", delete(VADO))).andExpect(status().isConflict());

        mvc.perform(as("editor", post(VADO + "/revisions/3/restore"))).andExpect(status().isOk());
        mvc.perform(get(VADO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(4));
    }

    @Test
    void anInvalidDraftIsA400NamingEachWrongField() throws Exception {
        String broken = "---\nid: objetos-perdidos\ncategory: comida\nintents: [pedir_pizza]\n---\n## Horario\nNada.\n";

        String body = mvc.perform(as(
                        "editor",
                        put("/api/v1/kb/procedures/objetos-perdidos/draft")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"markdown\": " + json(broken) + "}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_content"))
                .andExpect(jsonPath("$.message", containsString("title")))
                .andExpect(jsonPath(
                        "$.problems[*].field",
                        hasItems("title", "category", "intents", "fee", "## Horario", "## Qué es")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("falta este campo obligatorio").contains("pedir_pizza");

        mvc.perform(as("editor", get("/api/v1/kb/procedures/objetos-perdidos/draft")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("no_draft"));
        mvc.perform(as(
                        "editor",
                        put("/api/v1/kb/procedures/objetos-perdidos/draft")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"markdown\": ")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyEditorsMayChangeContent() throws Exception {
        mvc.perform(put(VADO + "/draft").contentType("text/markdown").content("---\n---\n"))
                .andExpect(status().isUnauthorized());
        mvc.perform(as("agent", post(VADO + "/publish"))).andExpect(status().isForbidden());
        mvc.perform(as("supervisor", delete(VADO))).andExpect(status().isForbidden());
        mvc.perform(delete(VADO)).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", basic(user));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
