package es.madrid.linea.backoffice.pending;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How kept back-office requests are retried ({@code cibeles.backoffice.*}).
 *
 * @param retryEvery how often the background looks for due requests
 * @param firstRetry the delay before the first background attempt; it doubles with each, up to 15 minutes
 * @param giveUpAfter after this long without an answer a request goes to people
 * @param lease how long one attempt may take before it counts as abandoned
 */
@ConfigurationProperties("cibeles.backoffice")
public record BackOfficeProperties(
        @DefaultValue("30s") Duration retryEvery,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("2m") Duration lease) {}
