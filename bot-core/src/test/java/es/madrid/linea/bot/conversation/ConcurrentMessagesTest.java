package es.madrid.linea.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.jdbc.JdbcConversationStoreFactory;
import es.madrid.linea.bot.dialogue.GreetingDialogue;
import es.madrid.linea.bot.nlu.KeywordUnderstanding;
import es.madrid.linea.bot.testing.SequentialIds;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Many messages sent at once to one conversation are all stored, each once, each followed by its answer. */
class ConcurrentMessagesTest {

    static Stream<ConversationStore> stores() {
        return Stream.of(new InMemoryConversationStore(), JdbcConversationStoreFactory.onFreshH2());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void messagesSentAtOnceAreStoredInOrderNoneLostNoneDuplicated(ConversationStore store) throws Exception {
        ConversationService service = new ConversationService(
                store,
                new KeywordUnderstanding(),
                new GreetingDialogue(),
                ConversationListener.NONE,
                Clock.systemUTC(),
                new SequentialIds("c"),
                ZoneId.of("Europe/Madrid"),
                100);
        String id = service.start(Channel.WEB, CitizenProfile.anonymous(), null).conversationId();
        int senders = 16;
        int perSender = 10;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> sent = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            sent.add(pool.submit(() -> {
                go.await();
                for (int m = 0; m < perSender; m++) {
                    String messageId = "s" + sender + "-m" + m;
                    service.handle(id, InboundMessage.of("hola " + messageId, null, null, messageId));
                    // Every message is sent twice, as a retrying client would.
                    service.handle(id, InboundMessage.of("hola " + messageId, null, null, messageId));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();

        List<RecordedEvent> events = store.events(id);
        assertThat(events)
                .extracting(RecordedEvent::seq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, events.size())
                        .boxed()
                        .toList());
        List<String> messageIds = events.stream()
                .map(RecordedEvent::event)
                .filter(UserUttered.class::isInstance)
                .map(e -> ((UserUttered) e).messageId())
                .toList();
        assertThat(messageIds).hasSize(senders * perSender).doesNotHaveDuplicates();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).event() instanceof UserUttered) {
                assertThat(events.get(i + 1).event()).isInstanceOf(BotUttered.class);
            }
        }
        List<String> ofSenderZero =
                messageIds.stream().filter(m -> m.startsWith("s0-")).toList();
        assertThat(ofSenderZero)
                .isSortedAccordingTo((a, b) -> Integer.compare(
                        Integer.parseInt(a.substring(a.indexOf('m') + 1)),
                        Integer.parseInt(b.substring(b.indexOf('m') + 1))));
    }
}
