package es.madrid.linea.system;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.ConversationListener;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.bot.conversation.IdSource;
import es.madrid.linea.bot.conversation.jdbc.JdbcConversationStore;
import es.madrid.linea.bot.dialogue.Dialogue;
import es.madrid.linea.bot.dialogue.GreetingDialogue;
import es.madrid.linea.bot.dialogue.Places;
import es.madrid.linea.bot.dialogue.Policies;
import es.madrid.linea.bot.dialogue.Policy;
import es.madrid.linea.bot.dialogue.PolicyDialogue;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.geo.CityMap;
import es.madrid.linea.bot.handoff.HandoffDesk;
import es.madrid.linea.bot.handoff.HandoffDialogue;
import es.madrid.linea.bot.knowledge.InMemoryKnowledgeBase;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.nlu.KeywordUnderstanding;
import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.offices.InMemoryOfficeDirectory;
import es.madrid.linea.bot.offices.OfficeDirectory;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * The bot-core beans, wired explicitly (the core is not component-scanned). The language understanding is whatever
 * single bean of that type the modules declare (a {@code @Primary} one wins), the keyword understanding without any.
 * The dialogue is the policy dialogue in the handoff policy; modules add {@link Form} and {@link Policy} beans to
 * it (e.g. appointment booking).
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
    @ConditionalOnMissingBean
    CityMap cityMap() {
        // Loads the district polygons and the street gazetteer in the background: start-up does not wait.
        return CityMap.fromClasspath();
    }

    @Bean
    Dialogue dialogue(
            HandoffDesk desk,
            ObjectProvider<AlertsDesk> alerts,
            CityMap map,
            ObjectProvider<KnowledgeBase> knowledge,
            ObjectProvider<OfficeDirectory> offices,
            ObjectProvider<LanguageUnderstanding> understanding,
            ObjectProvider<Form> extraForms,
            ObjectProvider<Policy> extraPolicies,
            Clock clock,
            CibelesProperties properties) {
        // The policy dialogue answers with the knowledge base and offices when the knowledge module is present (an
        // empty one otherwise); other modules add their forms and policies as beans. The handoff policy wraps it all:
        // a person takes over when the citizen asks or the bot cannot help.
        Policies.Services services = new Policies.Services(
                knowledge.getIfAvailable(() -> new InMemoryKnowledgeBase(List.of())),
                new DeferredAlertsDesk(SingletonSupplier.of(alerts::getObject)),
                new Places(map, offices.getIfAvailable(() -> new InMemoryOfficeDirectory(List.of(), List.of()))),
                understanding.getIfAvailable());
        Policies policies = new Policies(
                services,
                extraForms.orderedStream().toList(),
                extraPolicies.orderedStream().toList());
        return new HandoffDialogue(new PolicyDialogue(policies, clock, properties.zone()), desk);
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

    /**
     * The alerts desk, looked up on first use: an external desk tells conversations of kept alerts filed later, so it
     * needs the conversation service, which needs this dialogue, which needs the desk.
     */
    private record DeferredAlertsDesk(Supplier<AlertsDesk> desk) implements AlertsDesk {

        @Override
        public Outcome<List<AlertService>> services() {
            return desk.get().services();
        }

        @Override
        public Outcome<Alert> file(NewAlert alert) {
            return desk.get().file(alert);
        }

        @Override
        public Outcome<Alert> status(String code) {
            return desk.get().status(code);
        }
    }
}
