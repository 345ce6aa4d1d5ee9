package es.madrid.linea.backoffice.pending;

import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.IdSource;
import es.madrid.linea.bot.privacy.PersonalDataMasker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger of orders to external systems (table {@code backoffice_request}) and the way an order goes through it:
 * recorded under its idempotency key before it is sent, so that a repeated key replays the first answer (or says it
 * is still pending) and is never sent again; the first attempt made at once; what came of it kept, with the next
 * attempt's time when the system did not answer.
 */
public final class KeptRequests {

    private static final Logger log = LoggerFactory.getLogger(KeptRequests.class);

    private static final String COLUMNS = "id, kind, idempotency_key, conversation_id, payload, state, uncertain,"
            + " attempts, next_attempt_at, reference, result, failure, last_error, created_at, updated_at";

    private static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdSource ids;
    private final Duration lease;
    private final Duration firstRetry;
    private final Duration giveUpAfter;

    /**
     * @param lease how long an attempt may take before the request counts as abandoned (and is retried, reconciled)
     * @param firstRetry the delay before the first background attempt; it doubles with each, up to 15 minutes
     * @param giveUpAfter after this long without an answer, a request goes to people
     */
    public KeptRequests(
            JdbcClient jdbc, Clock clock, IdSource ids, Duration lease, Duration firstRetry, Duration giveUpAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ids = ids;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.giveUpAfter = giveUpAfter;
    }

    /**
     * Sends an order once: records it, makes the first attempt, keeps what came of it.
     *
     * @param payload what is asked, as JSON (what the background needs to try again)
     * @param attempt the first attempt at the system
     * @param result reads the result JSON of a done request into the port's value
     */
    public <T> Outcome<T> submit(
            String kind,
            String idempotencyKey,
            String conversationId,
            String payload,
            Function<KeptRequest, Attempt> attempt,
            Function<String, T> result) {
        Optional<KeptRequest> known = byKey(kind, idempotencyKey);
        if (known.isPresent()) {
            return replay(known.get(), result);
        }
        KeptRequest fresh;
        try {
            fresh = insert(kind, idempotencyKey, conversationId, payload);
        } catch (DuplicateKeyException raced) {
            return replay(byKey(kind, idempotencyKey).orElseThrow(), result);
        }
        return replay(settle(fresh, attemptSafely(attempt, fresh)), result);
    }

    /**
     * The port's outcome for a request as it stands. One a person finished by hand has no result to replay: it stays
     * pending for the bot (the person told the citizen).
     */
    public <T> Outcome<T> replay(KeptRequest request, Function<String, T> result) {
        if (request.state() == KeptRequest.State.DONE && request.result() != null) {
            return Outcome.done(result.apply(request.result()));
        }
        if (request.state() == KeptRequest.State.FAILED) {
            return Outcome.failed(Failure.valueOf(request.failure()), request.lastError());
        }
        return Outcome.pending(request.id());
    }

    /** Records what an attempt came to; answers the request as it now stands. */
    public KeptRequest settle(KeptRequest request, Attempt attempt) {
        Instant now = now();
        if (attempt instanceof Attempt.Succeeded succeeded) {
            jdbc.sql("update backoffice_request set state = 'DONE', reference = ?, result = ?, last_error = null,"
                            + " claimed_until = null, next_attempt_at = null, updated_at = ? where id = ?")
                    .params(succeeded.reference(), succeeded.result(), utc(now), request.id())
                    .update();
        } else if (attempt instanceof Attempt.NotYet notYet) {
            Instant next = now.plus(delayAfter(request.attempts()));
            jdbc.sql("update backoffice_request set state = 'PENDING', uncertain = ?, reference = coalesce(?,"
                            + " reference), last_error = ?, next_attempt_at = ?, claimed_until = null, updated_at = ?"
                            + " where id = ?")
                    .params(
                            request.uncertain() || notYet.uncertain(),
                            notYet.reference(),
                            shorten(notYet.error()),
                            utc(next),
                            utc(now),
                            request.id())
                    .update();
        } else if (attempt instanceof Attempt.Refused refused) {
            jdbc.sql("update backoffice_request set state = 'FAILED', failure = ?, last_error = ?, claimed_until ="
                            + " null, next_attempt_at = null, updated_at = ? where id = ?")
                    .params(refused.failure().name(), shorten(refused.error()), utc(now), request.id())
                    .update();
        } else {
            Attempt.NeedsPerson person = (Attempt.NeedsPerson) attempt;
            log.warn("{} {} goes to people: {}", request.kind(), request.id(), PersonalDataMasker.mask(person.error()));
            jdbc.sql("update backoffice_request set state = 'REVIEW', last_error = ?, claimed_until = null,"
                            + " next_attempt_at = null, updated_at = ? where id = ?")
                    .params(shorten(person.error()), utc(now), request.id())
                    .update();
        }
        return byId(request.id()).orElseThrow();
    }

    /** Requests whose next attempt is due, and attempts abandoned half-way (the service stopped during them). */
    public List<KeptRequest> due(int limit) {
        OffsetDateTime now = utc(now());
        return jdbc.sql("select " + COLUMNS + " from backoffice_request where (state = 'PENDING' and next_attempt_at"
                        + " <= ?) or (state = 'SENDING' and claimed_until < ?) order by created_at fetch first ? rows"
                        + " only")
                .params(now, now, limit)
                .query(KeptRequests::row)
                .list();
    }

    /**
     * Takes a due request for one attempt: only one retrier wins it. A request abandoned half-way becomes uncertain:
     * the system may have done it.
     */
    public Optional<KeptRequest> claim(String id) {
        OffsetDateTime now = utc(now());
        int claimed = jdbc.sql("update backoffice_request set uncertain = (uncertain or state = 'SENDING'), state ="
                        + " 'SENDING', claimed_until = ?, attempts = attempts + 1, updated_at = ? where id = ? and"
                        + " ((state = 'PENDING' and next_attempt_at <= ?) or (state = 'SENDING' and claimed_until <"
                        + " ?))")
                .params(utc(now().plus(lease)), now, id, now, now)
                .update();
        return claimed == 1 ? byId(id) : Optional.empty();
    }

    /** Whether a request has waited so long for an answer that people should take it. */
    public boolean isOverdue(KeptRequest request) {
        return request.createdAt().plus(giveUpAfter).isBefore(now());
    }

    public Optional<KeptRequest> byId(String id) {
        return jdbc.sql("select " + COLUMNS + " from backoffice_request where id = ?")
                .param(id)
                .query(KeptRequests::row)
                .optional();
    }

    public Optional<KeptRequest> byKey(String kind, String idempotencyKey) {
        return jdbc.sql("select " + COLUMNS + " from backoffice_request where kind = ? and idempotency_key = ?")
                .params(kind, idempotencyKey)
                .query(KeptRequests::row)
                .optional();
    }

    /** The done request of a kind whose result has this reference (e.g. the booking that made an appointment). */
    public Optional<KeptRequest> byReference(String kind, String reference) {
        return jdbc.sql("select " + COLUMNS + " from backoffice_request where kind = ? and reference = ? and state ="
                        + " 'DONE' order by created_at desc fetch first 1 rows only")
                .params(kind, reference)
                .query(KeptRequests::row)
                .optional();
    }

    /** The most recent requests in a state, newest first. */
    public List<KeptRequest> inState(KeptRequest.State state, int limit) {
        return jdbc.sql("select " + COLUMNS + " from backoffice_request where state = ? order by created_at desc"
                        + " fetch first ? rows only")
                .params(state.name(), limit)
                .query(KeptRequests::row)
                .list();
    }

    private KeptRequest insert(String kind, String idempotencyKey, String conversationId, String payload) {
        Instant now = now();
        String id = ids.newId();
        jdbc.sql("insert into backoffice_request (id, kind, idempotency_key, conversation_id, payload, state,"
                        + " uncertain, attempts, claimed_until, created_at, updated_at) values (?, ?, ?, ?, ?,"
                        + " 'SENDING', false, 1, ?, ?, ?)")
                .params(id, kind, idempotencyKey, conversationId, payload, utc(now.plus(lease)), utc(now), utc(now))
                .update();
        return byId(id).orElseThrow();
    }

    private Attempt attemptSafely(Function<KeptRequest, Attempt> attempt, KeptRequest request) {
        try {
            return attempt.apply(request);
        } catch (RuntimeException e) {
            // A fault of ours mid-attempt: whether the system got it is unknown, so it is kept and reconciled.
            log.error("{} {} failed unexpectedly; kept for a retry", request.kind(), request.id(), e);
            return new Attempt.NotYet(
                    true, null, "unexpected error: " + e.getClass().getSimpleName());
        }
    }

    private Duration delayAfter(int attempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String masked = PersonalDataMasker.mask(text);
        return masked.length() <= 500 ? masked : masked.substring(0, 499) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static KeptRequest row(ResultSet rows, int n) throws SQLException {
        return new KeptRequest(
                rows.getString("id"),
                rows.getString("kind"),
                rows.getString("idempotency_key"),
                rows.getString("conversation_id"),
                rows.getString("payload"),
                KeptRequest.State.valueOf(rows.getString("state")),
                rows.getBoolean("uncertain"),
                rows.getInt("attempts"),
                instant(rows, "next_attempt_at"),
                rows.getString("reference"),
                rows.getString("result"),
                rows.getString("failure"),
                rows.getString("last_error"),
                instant(rows, "created_at"),
                instant(rows, "updated_at"));
    }
}
