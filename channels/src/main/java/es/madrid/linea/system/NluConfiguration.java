package es.madrid.linea.system;

import es.madrid.linea.bot.nlu.LanguageUnderstanding;
import es.madrid.linea.bot.nlu.trained.TrainedUnderstanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The language understanding of the application: the models trained when bot-core was built (packaged in its jar)
 * and the districts of kb-content. Loading takes a fraction of a second; nothing is trained at start-up. It is the
 * primary understanding: CoreConfiguration's keyword fallback may still be registered (its condition can be evaluated
 * before this class is read), but every injection point gets this one.
 */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NluConfiguration.class);

    @Bean
    @Primary
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
