package es.madrid.linea.bot.notifications;

import java.util.List;
import java.util.Objects;

/**
 * What a reminder tells besides the time: where, what for and what to bring. The dialogue passes them from the
 * office data and the procedure.
 *
 * @param procedureTitle e.g. "Alta en el Padrón (empadronarse)"; may be null
 * @param documents the documents to bring, one short Spanish line each; may be empty
 */
public record ReminderDetails(String officeName, String officeAddress, String procedureTitle, List<String> documents) {

    public ReminderDetails {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(officeAddress, "officeAddress");
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
