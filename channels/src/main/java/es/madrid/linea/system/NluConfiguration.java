package es.madrid.linea.system;

import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.trained.TrainedUnderstanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The language understanding of the application: the models trained when bot-core was built (packaged in its jar)
 * and the districts of kb-content. Loading takes a fraction of a second; nothing is trained at start-up. It is the
 * only understanding bean, so the conversation uses it (a test may still replace it with a {@code @Primary} one).
 */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NluConfiguration.class);

    @Bean
    LanguageUnderstanding trainedUnderstanding() {
        long start = System.nanoTime();
        TrainedUnderstanding understanding = TrainedUnderstanding.fromClasspath();
        log.info(
                "language understanding loaded in {} ms ({})",
                (System.nanoTime() - start) / 1_000_000,
                understanding.intents().thresholds());
        return understanding;
    }
}
