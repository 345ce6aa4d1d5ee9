package es.madrid.linea.system;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.CibelesApplication;
import es.madrid.linea.testing.ApiClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** A conversation created before a restart is whole after it, and continues, with the same data directory. */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aConversationSurvivesARestartAndContinues() {
        String id;
        JsonNode before;
        try (ConfigurableApplicationContext first = start()) {
            ApiClient api = new ApiClient(port(first));
            id = api.startConversation();
            api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"hola\",\"messageId\":\"r-1\"}");
            api.post("/api/v1/conversations/" + id + "/messages", "{\"payload\":\"menu:cita\"}");
            before = api.get("/api/v1/conversations/" + id).json();
        }

        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = new ApiClient(port(second));
            JsonNode after = api.get("/api/v1/conversations/" + id).json();
            assertThat(after).isEqualTo(before);

            var repeated =
                    api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"hola\",\"messageId\":\"r-1\"}");
            assertThat(repeated.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/conversations/" + id)
                            .json()
                            .get("events")
                            .size())
                    .isEqualTo(before.get("events").size());

            api.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"gracias\"}");
            assertThat(api.get("/api/v1/conversations/" + id)
                            .json()
                            .get("events")
                            .size())
                    .isGreaterThan(before.get("events").size());
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CibelesApplication.class)
                .run("--server.port=0", "--cibeles.data-dir=" + dataDir, "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
