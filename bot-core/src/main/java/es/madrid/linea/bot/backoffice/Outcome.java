package es.madrid.linea.bot.backoffice;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer of a back-office port, one of three:
 *
 * <ul>
 *   <li>{@link Done}: the system did it; the value is the alert, appointment or list asked for.
 *   <li>{@link Pending}: the system did not answer in time, so the request was kept (nothing the citizen gave is
 *       lost) and is retried in the background under its idempotency key, so it is never done twice. The
 *       conversation that asked hears the result later (an {@code action} event and a message); if it cannot be
 *       done, a person takes it over. The ticket identifies the kept request.
 *   <li>{@link Failed}: it was not done and will not be; the {@link Failure} says what to tell the citizen.
 * </ul>
 *
 * Java 17 has no pattern matching for switch: callers use an {@code instanceof} chain, or {@link #isDone()} and
 * {@link #valueIfDone()}.
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Pending, Outcome.Failed {

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> pending(String ticket) {
        return new Pending<>(ticket);
    }

    static <T> Outcome<T> failed(Failure failure, String detail) {
        return new Failed<>(failure, detail);
    }

    /** The system did it. */
    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Kept and retried in the background; the conversation hears the result. */
    record Pending<T>(String ticket) implements Outcome<T> {
        public Pending {
            Objects.requireNonNull(ticket, "ticket");
        }
    }

    /** Not done, and it will not be. */
    record Failed<T>(Failure failure, String detail) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    default boolean isPending() {
        return this instanceof Pending;
    }

    /** The value when done; empty otherwise. */
    default Optional<T> valueIfDone() {
        return this instanceof Done<T> done ? Optional.of(done.value()) : Optional.empty();
    }

    /** The failure when failed; empty otherwise. */
    default Optional<Failure> failureIfFailed() {
        return this instanceof Failed<T> failed ? Optional.of(failed.failure()) : Optional.empty();
    }

    /** The next step when done (which may itself fail or be pending); this outcome as it is otherwise. */
    default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> next) {
        if (this instanceof Done<T> done) {
            return next.apply(done.value());
        }
        return map(value -> {
            throw new IllegalStateException("not done");
        });
    }

    /** The same outcome with the value (if done) transformed. */
    default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapper.apply(done.value()));
        }
        if (this instanceof Pending<T> pending) {
            return new Pending<>(pending.ticket());
        }
        Failed<T> failed = (Failed<T>) this;
        return new Failed<>(failed.failure(), failed.detail());
    }
}
