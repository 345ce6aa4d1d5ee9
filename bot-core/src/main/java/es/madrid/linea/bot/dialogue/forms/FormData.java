package es.madrid.linea.bot.dialogue.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The slots a form sees: the conversation's, with the facts of the current message applied on top. */
public final class FormData {

    private final Map<String, String> values;

    FormData(Map<String, String> slots) {
        this.values = new HashMap<>(slots);
    }

    public static FormData of(Map<String, String> slots) {
        return new FormData(slots);
    }

    public Optional<String> get(String slot) {
        return Optional.ofNullable(values.get(slot));
    }

    public boolean has(String slot) {
        return values.get(slot) != null;
    }

    /** A copy with these facts applied (null values clear). */
    public FormData with(Map<String, String> facts) {
        FormData next = new FormData(values);
        facts.forEach((slot, value) -> {
            if (value == null) {
                next.values.remove(slot);
            } else {
                next.values.put(slot, value);
            }
        });
        return next;
    }
}
