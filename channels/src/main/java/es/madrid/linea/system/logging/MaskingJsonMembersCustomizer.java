package es.madrid.linea.system.logging;

import es.madrid.linea.bot.privacy.PersonalDataMasker;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks personal data in every string of every structured log line: the message, MDC values and stack traces alike,
 * so no code path can leak a DNI or phone number into the logs by logging it carelessly.
 */
public class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataMasker::mask));
    }
}
