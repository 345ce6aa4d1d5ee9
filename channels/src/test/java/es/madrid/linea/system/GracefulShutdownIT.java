package es.madrid.linea.system;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.fixtures.SlowDialogueConfiguration;
import es.madrid.linea.CibelesApplication;
import es.madrid.linea.testing.ApiClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Stopping the service while a citizen's message is being answered loses nothing: the answer is finished first. */
class GracefulShutdownIT {

    @TempDir
    Path dataDir;

    @Test
    void aMessageInFlightIsAnsweredAndStoredBeforeTheServiceStops() throws Exception {
        ConfigurableApplicationContext running = start(SlowDialogueConfiguration.class);
        ApiClient api = new ApiClient(
                ((WebServerApplicationContext) running).getWebServer().getPort());
        String id = api.startConversation();

        CompletableFuture<ApiClient.Response> inFlight = CompletableFuture.supplyAsync(
                () -> api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"¿dónde pago el IBI?\"}"));
        assertThat(SlowDialogueConfiguration.THINKING.await(10, TimeUnit.SECONDS))
                .isTrue();
        running.close();

        ApiClient.Response answered = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("replies").get(0).get("text").asString()).isEqualTo("Respuesta meditada.");
        try (ConfigurableApplicationContext restarted = start(Object.class)) {
            ApiClient again = new ApiClient(
                    ((WebServerApplicationContext) restarted).getWebServer().getPort());
            JsonNode events = again.get("/api/v1/conversations/" + id).json().get("events");
            List<String> last = events.valueStream()
                    .skip(events.size() - 2L)
                    .map(e -> e.get("type").asString() + ":" + e.get("text").asString())
                    .toList();
            assertThat(last).containsExactly("user:¿dónde pago el IBI?", "bot:Respuesta meditada.");
        }
    }

    private ConfigurableApplicationContext start(Class<?> extra) {
        return new SpringApplicationBuilder(CibelesApplication.class, extra)
                .run("--server.port=0", "--cibeles.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }
}
