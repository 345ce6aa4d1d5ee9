package es.madrid.linea.backoffice.pending;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries kept requests again in the background: each due request is claimed (one retrier wins it), handed to the
 * handler of its kind, and settled. One that has waited too long goes to people. Once a request is settled for good,
 * its handler follows up (tells the conversation).
 */
public final class KeptRequestRetrier {

    private static final Logger log = LoggerFactory.getLogger(KeptRequestRetrier.class);

    private static final int BATCH = 50;

    private final KeptRequests requests;
    private final Map<String, KeptRequestHandler> handlers = new HashMap<>();

    public KeptRequestRetrier(KeptRequests requests, List<KeptRequestHandler> handlers) {
        this.requests = requests;
        for (KeptRequestHandler handler : handlers) {
            handler.kinds().forEach(kind -> this.handlers.put(kind, handler));
        }
    }

    /**
     * One round over the due requests.
     *
     * @return how many were settled for good
     */
    public int retryDue() {
        int settled = 0;
        for (KeptRequest due : requests.due(BATCH)) {
            Optional<KeptRequest> claimed = requests.claim(due.id());
            if (claimed.isPresent() && retry(claimed.get())) {
                settled++;
            }
        }
        return settled;
    }

    private boolean retry(KeptRequest request) {
        KeptRequestHandler handler = handlers.get(request.kind());
        if (handler == null) {
            log.error("no handler for kept requests of kind {}; {} goes to people", request.kind(), request.id());
            requests.settle(request, new Attempt.NeedsPerson("no handler for " + request.kind()));
            return true;
        }
        Attempt attempt;
        try {
            attempt = handler.attempt(request);
        } catch (RuntimeException e) {
            log.error("retrying {} {} failed unexpectedly", request.kind(), request.id(), e);
            attempt = new Attempt.NotYet(
                    true, null, "unexpected error: " + e.getClass().getSimpleName());
        }
        if (attempt instanceof Attempt.NotYet notYet && requests.isOverdue(request)) {
            attempt = new Attempt.NeedsPerson("no answer in time: " + notYet.error());
        }
        KeptRequest settled = requests.settle(request, attempt);
        if (settled.state() == KeptRequest.State.PENDING) {
            return false;
        }
        try {
            handler.settled(settled, attempt);
        } catch (RuntimeException e) {
            // The request is settled in the ledger; only the follow-up failed.
            log.error("following up {} {} failed", request.kind(), request.id(), e);
        }
        return true;
    }
}
