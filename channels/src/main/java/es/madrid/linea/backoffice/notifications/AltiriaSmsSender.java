package es.madrid.linea.backoffice.notifications;

import es.madrid.linea.backoffice.remote.RemoteFailure;
import es.madrid.linea.backoffice.remote.RemoteSystem;
import es.madrid.linea.bot.notifications.Delivery;
import es.madrid.linea.bot.notifications.Reminder;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderSender;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS reminders through Altiria's REST gateway ({@code POST /apirest/ws/sendSms}): Unicode (the messages have
 * accents), concatenated when longer than one SMS. Altiria answers {@code "status": "000"} when it took the message;
 * another status is a refusal (bad number, credentials, credit) except its internal errors, after which nothing went
 * out. An answer lost after sending is "uncertain": not retried, so no citizen gets the reminder twice.
 */
final class AltiriaSmsSender implements ReminderSender {

    static final String ALTIRIA = "altiria";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Altiria's internal and SSL errors: the message did not go out. */
    private static final Set<String> NOT_SENT = Set.of("001", "002");

    private final RemoteSystem remote;
    private final URI endpoint;
    private final Map<String, String> credentials;
    private final String senderId;

    /**
     * @param credentials {@code login} and {@code passwd}, or {@code apiKey} and {@code apiSecret}
     * @param senderId the sender shown on the phone; may be null (Altiria's default)
     */
    AltiriaSmsSender(RemoteSystem remote, URI baseUrl, Map<String, String> credentials, String senderId) {
        this.remote = remote;
        this.endpoint = URI.create(RemoteSystem.root(baseUrl) + "/apirest/ws/sendSms");
        this.credentials = Map.copyOf(credentials);
        this.senderId = senderId == null || senderId.isBlank() ? null : senderId;
    }

    @Override
    public ReminderChannel channel() {
        return ReminderChannel.SMS;
    }

    @Override
    public Delivery send(Reminder reminder, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("msg", text);
        if (senderId != null) {
            message.put("senderId", senderId);
        }
        message.put("encoding", "unicode");
        message.put("concat", true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("credentials", credentials);
        body.put("destination", List.of(destination(reminder.request().recipient())));
        body.put("message", message);
        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        try {
            return remote.exchange("sendSms", post, false, AltiriaSmsSender::delivery);
        } catch (RemoteFailure e) {
            switch (e.kind()) {
                case NOTHING_DONE:
                    return Delivery.notSent(e.getMessage());
                case OUTCOME_UNKNOWN:
                    return Delivery.uncertain(e.getMessage());
                default:
                    return Delivery.refused(e.getMessage());
            }
        }
    }

    private static Delivery delivery(String answer) {
        JsonNode json = JSON.readTree(answer);
        String status = json.required("status").asString();
        if (NOT_SENT.contains(status)) {
            return Delivery.notSent("altiria status " + status);
        }
        if (!"000".equals(status)) {
            return Delivery.refused("altiria status " + status);
        }
        for (JsonNode detail : json.path("details")) {
            String destinationStatus = detail.path("status").asString("000");
            if (!"000".equals(destinationStatus)) {
                return Delivery.refused("altiria status " + destinationStatus + " for the destination");
            }
        }
        return Delivery.delivered(ALTIRIA);
    }

    /** Altiria wants international numbers without "+" or "00": 34600000001. */
    private static String destination(String phone) {
        return phone.startsWith("+") ? phone.substring(1) : phone;
    }
}
