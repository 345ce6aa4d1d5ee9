package es.madrid.linea.channels.whatsapp;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when any of the WhatsApp channel's required settings is set. With none set the channel is off: no webhook,
 * no sender, nothing that would answer as if it worked. A partly configured channel is caught at start by
 * {@link WhatsAppConfiguration}, which names what is missing.
 */
public final class WhatsAppConfigured extends SpringBootCondition {

    private static final List<String> REQUIRED = List.of(
            "cibeles.whatsapp.phone-number-id",
            "cibeles.whatsapp.access-token",
            "cibeles.whatsapp.app-secret",
            "cibeles.whatsapp.verify-token");

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Binder binder = Binder.get(context.getEnvironment());
        boolean anySet = REQUIRED.stream()
                .anyMatch(name -> binder.bind(name, String.class)
                        .map(StringUtils::hasText)
                        .orElse(false));
        return anySet
                ? ConditionOutcome.match("cibeles.whatsapp settings present")
                : ConditionOutcome.noMatch("cibeles.whatsapp not configured: the WhatsApp channel is off");
    }
}
