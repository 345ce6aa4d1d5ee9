package es.madrid.linea.backoffice.pending;

import es.madrid.linea.backoffice.BackgroundJob;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.IdSource;
import es.madrid.linea.system.CibelesProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger of back-office requests, the background that retries them, and the default follow-up. */
@Configuration(proxyBeanMethods = false)
class PendingConfiguration {

    @Bean
    KeptRequests keptRequests(JdbcClient jdbc, Clock clock, IdSource ids, BackOfficeProperties properties) {
        return new KeptRequests(
                jdbc, clock, ids, properties.lease(), properties.firstRetry(), properties.giveUpAfter());
    }

    @Bean
    @ConditionalOnMissingBean
    FollowUp followUp(ConversationService conversations, CibelesProperties properties) {
        return new ConversationFollowUp(conversations, properties.zone());
    }

    @Bean
    KeptRequestRetrier keptRequestRetrier(KeptRequests requests, ObjectProvider<KeptRequestHandler> handlers) {
        return new KeptRequestRetrier(requests, handlers.orderedStream().toList());
    }

    @Bean
    BackgroundJob keptRequestsJob(KeptRequestRetrier retrier, BackOfficeProperties properties) {
        return new BackgroundJob("backoffice-retries", properties.retryEvery(), retrier::retryDue);
    }
}
