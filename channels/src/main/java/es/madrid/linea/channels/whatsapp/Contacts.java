package es.madrid.linea.channels.whatsapp;

import static es.madrid.linea.channels.whatsapp.Columns.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizens' real WhatsApp numbers, by citizen key, and when each last wrote (table {@code whatsapp_contact}). The
 * number is needed to reply and is kept here only; everything else knows the citizen by the pseudonymous key.
 */
public final class Contacts {

    /** Meta's customer-service window: free-form messages only within 24 hours of the citizen's last message. */
    public static final Duration SERVICE_WINDOW = Duration.ofHours(24);

    private final JdbcClient jdbc;

    public Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A citizen's number and the time of their latest message. */
    public record Contact(String waId, Instant lastInboundAt) {

        public boolean withinServiceWindow(Instant now) {
            return lastInboundAt.plus(SERVICE_WINDOW).isAfter(now);
        }

        @Override
        public String toString() {
            return "Contact[waId=masked, lastInboundAt=" + lastInboundAt + "]";
        }
    }

    /** Records that the citizen wrote at {@code at} from {@code waId} (the latest time wins when updates cross). */
    public void wrote(String citizenKey, String waId, Instant at) {
        if (update(citizenKey, waId, at) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into whatsapp_contact (citizen_key, wa_id, last_inbound_at) values (?, ?, ?)")
                    .params(citizenKey, waId, utc(at))
                    .update();
        } catch (DuplicateKeyException concurrentInsert) {
            update(citizenKey, waId, at);
        }
    }

    public Optional<Contact> of(String citizenKey) {
        return jdbc.sql("select wa_id, last_inbound_at from whatsapp_contact where citizen_key = ?")
                .param(citizenKey)
                .query((rows, n) -> new Contact(rows.getString("wa_id"), Columns.instant(rows, "last_inbound_at")))
                .optional();
    }

    private int update(String citizenKey, String waId, Instant at) {
        return jdbc.sql("update whatsapp_contact set wa_id = ?,"
                        + " last_inbound_at = case when last_inbound_at < ? then ? else last_inbound_at end"
                        + " where citizen_key = ?")
                .params(waId, utc(at), utc(at), citizenKey)
                .update();
    }
}
