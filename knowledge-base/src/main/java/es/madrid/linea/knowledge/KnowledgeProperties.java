package es.madrid.linea.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the knowledge base ({@code cibeles.knowledge.*}).
 *
 * @param content where the kb-content files are read from at start-up: the copy packaged in the application by
 *     default, or a folder such as {@code file:./kb-content/}
 * @param refreshInterval how often each instance looks for procedures published by another instance
 */
@ConfigurationProperties("cibeles.knowledge")
public record KnowledgeProperties(
        @DefaultValue("classpath:kb-content/") String content,
        @DefaultValue("1s") Duration refreshInterval) {}
