package es.madrid.linea.channels.whatsapp.outbound;

import java.time.Duration;

/**
 * What became of one send request. The distinction that matters is whether WhatsApp may have taken the message:
 * only when it certainly did not ({@link Retry}) is sending again safe; when it may have ({@link Uncertain}), sending
 * again could make the citizen read the message twice, so it is surfaced instead.
 */
public sealed interface SendOutcome {

    /** WhatsApp took the message: {@code wamid} identifies it in later delivery statuses. */
    record Accepted(String wamid) implements SendOutcome {
        public String reason() {
            return "accepted";
        }
    }

    /**
     * WhatsApp did not take the message, for a reason that passes (rate limit, server error, unreachable).
     *
     * @param after how long WhatsApp asked us to wait, or null for our own backoff
     */
    record Retry(String reason, Duration after) implements SendOutcome {}

    /** More than 24 hours since the citizen last wrote: only a template may be sent now. */
    record OutsideWindow(String reason) implements SendOutcome {}

    /** WhatsApp refused the message for good (invalid, blocked number...): sending it again would fail again. */
    record Rejected(String reason) implements SendOutcome {}

    /** No answer came back after the request went out: WhatsApp may or may not have the message. */
    record Uncertain(String reason) implements SendOutcome {}

    String reason();
}
