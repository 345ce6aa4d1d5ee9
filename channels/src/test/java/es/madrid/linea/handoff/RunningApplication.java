package es.madrid.linea.handoff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, with agents of its own (ana: general and priority attention; luis: general
 * and taxes), a supervisor (sara) and an editor (marta), opening hours round the clock, and its data in a temporary
 * directory. Every test class that extends it shares one running application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "cibeles.mode=test",
            "cibeles.users[0].name=ana",
            "cibeles.users[0].password={noop}ana-secreta",
            "cibeles.users[0].roles=AGENT",
            "cibeles.users[1].name=luis",
            "cibeles.users[1].password={noop}luis-secreta",
            "cibeles.users[1].roles=AGENT",
            "cibeles.users[2].name=sara",
            "cibeles.users[2].password={noop}sara-secreta",
            "cibeles.users[2].roles=SUPERVISOR",
            "cibeles.users[3].name=marta",
            "cibeles.users[3].password={noop}marta-secreta",
            "cibeles.users[3].roles=EDITOR",
            "cibeles.handoff.opening-hours=24x7",
            "cibeles.handoff.agents[0].name=ana",
            "cibeles.handoff.agents[0].display-name=Ana",
            "cibeles.handoff.agents[0].groups=general,mayores",
            "cibeles.handoff.agents[0].capacity=3",
            "cibeles.handoff.agents[1].name=luis",
            "cibeles.handoff.agents[1].display-name=Luis",
            "cibeles.handoff.agents[1].groups=general,tributos",
            "cibeles.handoff.agents[1].capacity=3",
            "cibeles.handoff.offer-timeout=60s"
        })
public abstract class RunningApplication {

    @LocalServerPort
    protected int port;

    @Autowired
    protected SimpUserRegistry registry;

    /** Where the test application keeps its data: a fresh temporary directory, never ./data. */
    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry properties) {
        try {
            String dir = Files.createTempDirectory("cibeles-handoff-it").toString();
            properties.add("cibeles.data-dir", () -> dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
