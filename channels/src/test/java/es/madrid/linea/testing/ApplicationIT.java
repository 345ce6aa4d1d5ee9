package es.madrid.linea.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the integration tests that run the whole service on a random port with a fresh in-memory database and
 * its own data directory under target/, never ./data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1",
            "cibeles.data-dir=target/it-data/${random.uuid}"
        })
public abstract class ApplicationIT {

    @LocalServerPort
    protected int port;

    protected ApiClient api;

    @BeforeEach
    void setUpApiClient() {
        api = new ApiClient(port);
    }
}
