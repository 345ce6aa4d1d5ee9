package es.madrid.linea.backoffice.remote;

import es.madrid.linea.bot.privacy.PersonalDataMasker;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One external system as the application calls it: an HTTP client with timeouts, a circuit breaker that stops
 * calling a system that keeps failing (and tries again after a while), and retries with exponential backoff. A call
 * is retried when nothing reached the system, and also after a lost answer when the caller says the call may be
 * repeated (reads, cancellations); never otherwise, so an order is not placed twice.
 */
public final class RemoteSystem {

    private static final Logger log = LoggerFactory.getLogger(RemoteSystem.class);

    private final String name;
    private final HttpClient http;
    private final Duration readTimeout;
    private final CircuitBreaker breaker;
    private final Retry repeatable;
    private final Retry once;

    public RemoteSystem(String name, RemoteSettings settings) {
        this.name = name;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.readTimeout = settings.readTimeout();
        this.breaker = CircuitBreaker.of(
                name,
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(settings.failureRatePercent())
                        .slidingWindowSize(settings.window())
                        .minimumNumberOfCalls(Math.min(settings.window(), 5))
                        .waitDurationInOpenState(settings.openFor())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .recordException(e -> e instanceof RemoteFailure f && f.isSystemDown())
                        .build());
        this.breaker
                .getEventPublisher()
                .onStateTransition(event -> log.warn(
                        "circuit of {} went {}",
                        name,
                        event.getStateTransition().getToState()));
        this.repeatable = retry(name + "-repeatable", settings, true);
        this.once = retry(name + "-once", settings, false);
    }

    /** The base URL without a trailing slash, for appending paths. */
    public static String root(URI baseUrl) {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Retry retry(String name, RemoteSettings settings, boolean repeatable) {
        return Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(settings.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.backoff(), 2.0))
                        .retryOnException(e -> e instanceof RemoteFailure f && f.worthRetrying(repeatable))
                        .build());
    }

    public String name() {
        return name;
    }

    public CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    /**
     * Sends a request and reads a successful (2xx) answer.
     *
     * @param operation a name for logs
     * @param repeatable whether sending it twice does no harm (reads, cancellations)
     * @param reader turns the body of a 2xx answer into the result; any exception it throws means a malformed answer
     * @throws RemoteFailure when no usable answer came
     */
    public <T> T exchange(
            String operation, HttpRequest.Builder request, boolean repeatable, Function<String, T> reader) {
        HttpRequest built = request.timeout(readTimeout).build();
        Supplier<T> attempt = CircuitBreaker.decorateSupplier(breaker, () -> send(operation, built, reader));
        try {
            return Retry.decorateSupplier(repeatable ? this.repeatable : once, attempt)
                    .get();
        } catch (CallNotPermittedException e) {
            throw new RemoteFailure(RemoteFailure.Kind.NOTHING_DONE, name + " is not answering (circuit open)", e);
        } catch (RemoteFailure e) {
            log.warn("{} {}: {} ({})", name, operation, e.kind(), PersonalDataMasker.mask(e.getMessage()));
            throw e;
        }
    }

    private <T> T send(String operation, HttpRequest request, Function<String, T> reader) {
        HttpResponse<String> response = answer(request);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return reader.apply(response.body());
            } catch (RemoteFailure e) {
                throw e;
            } catch (RuntimeException e) {
                throw new RemoteFailure(
                        RemoteFailure.Kind.OUTCOME_UNKNOWN, name + " " + operation + ": malformed answer", e);
            }
        }
        String detail = name + " " + operation + " answered " + status + ": " + ErrorBodies.describe(response);
        if (status == 404) {
            throw new RemoteFailure(RemoteFailure.Kind.NOT_FOUND, status, detail);
        }
        if (status == 408 || status == 429 || status == 503) {
            throw new RemoteFailure(RemoteFailure.Kind.NOTHING_DONE, status, detail);
        }
        if (status >= 400 && status < 500) {
            throw new RemoteFailure(RemoteFailure.Kind.REFUSED, status, detail);
        }
        throw new RemoteFailure(RemoteFailure.Kind.OUTCOME_UNKNOWN, status, detail);
    }

    private HttpResponse<String> answer(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> future =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            // The request timeout covers the headers; this bounds the body too.
            return future.get(readTimeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new RemoteFailure(RemoteFailure.Kind.OUTCOME_UNKNOWN, name + " did not answer in time", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RemoteFailure(RemoteFailure.Kind.OUTCOME_UNKNOWN, name + ": interrupted", e);
        } catch (ExecutionException e) {
            throw failureOf(e.getCause());
        }
    }

    private RemoteFailure failureOf(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException
                    || t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return new RemoteFailure(RemoteFailure.Kind.NOTHING_DONE, name + " unreachable: " + t, t);
            }
        }
        if (cause instanceof IOException) {
            return new RemoteFailure(RemoteFailure.Kind.OUTCOME_UNKNOWN, name + " connection failed: " + cause, cause);
        }
        return new RemoteFailure(RemoteFailure.Kind.OUTCOME_UNKNOWN, name + " call failed: " + cause, cause);
    }
}
