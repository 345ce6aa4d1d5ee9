package es.madrid.linea.system;

import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.IdSource;
import es.madrid.linea.bot.conversation.jdbc.JdbcConversationStore;
import es.madrid.linea.bot.dialogue.Dialogue;
import es.madrid.linea.bot.dialogue.GreetingDialogue;
import es.madrid.linea.bot.dialogue.ProcedureQuestions;
import es.madrid.linea.bot.handoff.HandoffDesk;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.nlu.KeywordUnderstanding;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * The bot-core beans, wired explicitly (the core is not component-scanned). The language understanding and the
 * dialogue are whatever single bean of that type the modules declare (a {@code @Primary} one wins); without any, the
 * conversation falls back to the keyword understanding and the greeting dialogue.
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    IdSource idSource() {
        return new RandomIds();
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    ConversationStore conversationStore(DataSource dataSource, EventCodec codec) {
        return new JdbcConversationStore(dataSource, codec);
    }

    @Bean
    Dialogue dialogue(HandoffDesk desk, ObjectProvider<KnowledgeBase> knowledge) {
        // Questions about procedures are answered from the knowledge base when the module is present; the handoff
        // policy wraps it all: a person takes over when the citizen asks or the bot cannot help.
        KnowledgeBase procedures = knowledge.getIfAvailable();
        GreetingDialogue bot =
                procedures == null ? new GreetingDialogue() : new GreetingDialogue(new ProcedureQuestions(procedures));
        return new HandoffDialogue(bot, desk);
    }

    @Bean
    ConversationService conversationService(
            ConversationStore store,
            ObjectProvider<LanguageUnderstanding> understanding,
            ObjectProvider<Dialogue> dialogue,
            ObjectProvider<ConversationListener> listeners,
            Clock clock,
            IdSource ids,
            CibelesProperties properties) {
        // Listeners are looked up per event, not injected, because some of them (handoff) need this service.
        SingletonSupplier<ConversationListener> everyListener = SingletonSupplier.of(
                () -> ConversationListener.all(listeners.orderedStream().toList()));
        return new ConversationService(
                store,
                understanding.getIfAvailable(KeywordUnderstanding::new),
                dialogue.getIfAvailable(GreetingDialogue::new),
                (conversation, events) -> everyListener.obtain().onEvents(conversation, events),
                clock,
                ids,
                properties.zone(),
                properties.liveConversations());
    }
}
