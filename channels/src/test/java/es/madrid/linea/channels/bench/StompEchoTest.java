package es.madrid.linea.channels.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.support.MessageBuilder;

class StompEchoTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(SimpMessageSendingOperations.class, () -> mock(SimpMessageSendingOperations.class))
            .withUserConfiguration(StompEcho.class);

    @Test
    void theEchoIsOffUnlessTheBenchmarkTurnsItOn() {
        context.run(app -> assertThat(app).doesNotHaveBean(StompEcho.class));
        context.withPropertyValues("cibeles.bench.echo=false")
                .run(app -> assertThat(app).doesNotHaveBean(StompEcho.class));
        context.withPropertyValues("cibeles.bench.echo=true")
                .run(app -> assertThat(app).hasSingleBean(StompEcho.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMessageComesBackUnchangedOnTheEchoTopicOfItsKey() {
        SimpMessageSendingOperations broker = mock(SimpMessageSendingOperations.class);
        byte[] body = "{\"text\":\"hola\",\"messageId\":\"m-1\"}".getBytes(StandardCharsets.UTF_8);

        new StompEcho(broker)
                .echo("abc_DEF-123", MessageBuilder.withPayload(body).build());

        ArgumentCaptor<Message<byte[]>> sent = ArgumentCaptor.forClass(Message.class);
        verify(broker).send(eq("/topic/conversations.echo.abc_DEF-123"), sent.capture());
        assertThat(sent.getValue().getPayload()).isEqualTo(body);
    }

    @Test
    void aKeyThatCouldNameAnotherDestinationIsIgnored() {
        SimpMessageSendingOperations broker = mock(SimpMessageSendingOperations.class);
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        new StompEcho(broker).echo("x.y", MessageBuilder.withPayload(body).build());
        new StompEcho(broker)
                .echo("a".repeat(65), MessageBuilder.withPayload(body).build());

        verify(broker, never()).send(anyString(), any(Message.class));
    }
}
