package es.madrid.linea.channels.whatsapp.outbound;

import es.madrid.linea.channels.whatsapp.outbound.Outbox.Entry;
import es.madrid.linea.channels.whatsapp.outbound.Outbox.State;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies WhatsApp's delivery statuses to the messages we sent. Statuses arrive late, twice, or out of order ("read"
 * before "delivered", "sent" last): each has a rank (sent &lt; failed &lt; delivered &lt; read) and a status only
 * replaces a weaker one, so the row ends at the strongest evidence whatever the order. A failure that passes
 * (WhatsApp's rate limits, its transient errors) sends the message again, which is safe because it was not
 * delivered; any other failure is reported.
 */
public final class DeliveryStatuses {

    /** What became of a status. */
    public enum Result {
        RECORDED,
        /** No message of ours has this wamid (yet: the send's answer may still be on its way). */
        UNKNOWN_MESSAGE
    }

    private static final String FAILED = "failed";
    private static final Map<String, Integer> RANKS =
            Map.of("sent", 1, FAILED, 2, "delivered", 3, "read", 4, "played", 4);

    private final Outbox outbox;
    private final OutboxSender sender;

    public DeliveryStatuses(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /**
     * @param errorCode WhatsApp's error code of a failed status, or null
     * @param errorTitle its title, or null
     */
    public Result apply(String wamid, String status, Instant at, Integer errorCode, String errorTitle) {
        Optional<Entry> found = outbox.byWamid(wamid);
        if (found.isEmpty()) {
            return Result.UNKNOWN_MESSAGE;
        }
        Entry entry = found.get();
        String name = status == null ? "" : status.toLowerCase(Locale.ROOT);
        Integer rank = RANKS.get(name);
        if (rank == null) {
            return Result.RECORDED; // a status we do not track (e.g. a new one Meta adds)
        }
        boolean strongest = outbox.recordDelivery(entry.id(), name, rank, at);
        if (strongest && FAILED.equals(name) && entry.state() == State.SENT) {
            failed(entry, errorCode, errorTitle);
        }
        return Result.RECORDED;
    }

    private void failed(Entry entry, Integer errorCode, String errorTitle) {
        int code = errorCode == null ? 0 : errorCode;
        String reason = "delivery failed" + (code == 0 ? "" : ", error " + code)
                + (errorTitle == null ? "" : ": " + errorTitle);
        if (GraphApi.passing(code)) {
            sender.retryLater(entry, reason, null);
        } else if (GraphApi.reEngagementRequired(code)) {
            sender.hold(entry, reason);
        } else {
            sender.finish(entry, State.FAILED, DeliveryProblems.FAILED, reason);
        }
    }
}
