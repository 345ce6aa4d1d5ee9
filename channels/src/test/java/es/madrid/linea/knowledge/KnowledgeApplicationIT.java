package es.madrid.linea.knowledge;

import es.madrid.linea.CibelesApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application (every module, real security, Flyway, the packaged kb-content) with its data in a temporary
 * folder, shared by the knowledge base's integration tests so it starts once.
 */
@SpringBootTest(classes = CibelesApplication.class, properties = "cibeles.knowledge.refresh-interval=200ms")
@AutoConfigureMockMvc
abstract class KnowledgeApplicationIT {

    private static final Path DATA = temporaryFolder();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("cibeles.data-dir", DATA::toString);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":cibeles").getBytes(StandardCharsets.UTF_8));
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("cibeles-kb-it");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
