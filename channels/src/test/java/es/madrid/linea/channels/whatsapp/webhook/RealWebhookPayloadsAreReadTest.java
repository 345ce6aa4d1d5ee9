package es.madrid.linea.channels.whatsapp.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.channels.whatsapp.CitizenPseudonyms;
import es.madrid.linea.channels.whatsapp.PywaPayloads;
import es.madrid.linea.channels.whatsapp.webhook.IncomingMessage.Choice;
import es.madrid.linea.channels.whatsapp.webhook.IncomingMessage.Ignored;
import es.madrid.linea.channels.whatsapp.webhook.IncomingMessage.Photo;
import es.madrid.linea.channels.whatsapp.webhook.IncomingMessage.SharedLocation;
import es.madrid.linea.channels.whatsapp.webhook.IncomingMessage.Text;
import es.madrid.linea.channels.whatsapp.webhook.IncomingMessage.Unsupported;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every real payload of the pywa collection is read without error, into the updates and meanings expected. */
class RealWebhookPayloadsAreReadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CitizenPseudonyms PSEUDONYMS = new CitizenPseudonyms("app-secret");

    private final WebhookReader reader = new WebhookReader(JSON, PSEUDONYMS, PywaPayloads.PHONE_NUMBER_ID);

    static Stream<PywaPayloads.Case> everyCase() {
        return PywaPayloads.all().stream();
    }

    /** What each case that concerns our number means; every other case carries no update. */
    private static final Map<String, Class<? extends IncomingMessage>> MEANINGS = Map.ofEntries(
            Map.entry("message/text", Text.class),
            Map.entry("message/reply", Text.class),
            Map.entry("message/forwarded", Text.class),
            Map.entry("message/forwarded_many_times", Text.class),
            Map.entry("message/referral", Text.class),
            Map.entry("message/image", Photo.class),
            Map.entry("message/media_with_url", Photo.class),
            Map.entry("message/current_location", SharedLocation.class),
            Map.entry("message/chosen_location", SharedLocation.class),
            Map.entry("callback_button/button", Choice.class),
            Map.entry("callback_button/quick_reply", Choice.class),
            Map.entry("callback_button/quick_reply_without_context", Choice.class),
            Map.entry("callback_selection/callback", Choice.class),
            Map.entry("callback_selection/description", Choice.class),
            Map.entry("message/reaction", Ignored.class),
            Map.entry("message/unreaction_empty", Ignored.class),
            Map.entry("message/unreaction_no_emoji", Ignored.class),
            Map.entry("system/phone_number_change", Ignored.class),
            Map.entry("system/identity_change", Ignored.class),
            Map.entry("message/video", Unsupported.class),
            Map.entry("message/document", Unsupported.class),
            Map.entry("message/audio", Unsupported.class),
            Map.entry("message/voice", Unsupported.class),
            Map.entry("message/static_sticker", Unsupported.class),
            Map.entry("message/animated_sticker", Unsupported.class),
            Map.entry("message/contacts", Unsupported.class),
            Map.entry("message/order", Unsupported.class),
            Map.entry("message/unsupported", Unsupported.class),
            Map.entry("message/unsupported_with_type", Unsupported.class),
            Map.entry("message/interactive_message_with_err", Unsupported.class),
            Map.entry("flow_completion/completion", Unsupported.class),
            Map.entry("flow_completion/without_flow_token", Unsupported.class),
            Map.entry("call_permission_update/accept", Unsupported.class),
            Map.entry("call_permission_update/reject", Unsupported.class));

    private static final List<String> STATUSES = List.of(
            "message_status/sent",
            "message_status/delivered",
            "message_status/read",
            "message_status/played",
            "message_status/failed",
            "message_status/with_tracker");

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCase")
    void eachPayloadIsReadIntoWhatItMeans(PywaPayloads.Case payload) {
        WebhookReader.Reading reading = reader.read(payload.bytes());
        String name = payload.toString();
        if (MEANINGS.containsKey(name)) {
            assertThat(reading.updates()).singleElement().satisfies(update -> {
                assertThat(update.kind()).isEqualTo(InboxUpdate.Kind.MESSAGE);
                assertThat(update.citizenKey()).startsWith("wa:").doesNotContain("972987654321");
                assertThat(IncomingMessage.of(JSON.readTree(update.payload()))).isInstanceOf(MEANINGS.get(name));
            });
        } else if (STATUSES.contains(name)) {
            assertThat(reading.updates()).singleElement().satisfies(update -> {
                assertThat(update.kind()).isEqualTo(InboxUpdate.Kind.STATUS);
                assertThat(update.key()).startsWith("status:wamid.xyzxyz:");
            });
        } else {
            assertThat(reading.updates()).isEmpty();
            assertThat(reading.notes()).isNotEmpty();
        }
    }

    @Test
    void everyCaseOfTheCollectionIsCovered() {
        assertThat(PywaPayloads.all()).hasSize(74);
        assertThat(MEANINGS.size() + STATUSES.size()).isEqualTo(40);
    }

    @Test
    void theMeaningsCarryWhatTheCitizenSent() {
        assertThat(meaning("message", "text")).isEqualTo(new Text("Body Text"));
        assertThat(meaning("message", "image")).isEqualTo(new Photo("65463453", null));
        assertThat(meaning("message", "chosen_location"))
                .isEqualTo(new SharedLocation(new GeoPoint(37.4611978, -122.2164385)));
        assertThat(meaning("callback_button", "button")).isEqualTo(new Choice("callback_data"));
        assertThat(meaning("callback_selection", "description")).isEqualTo(new Choice("callback_data"));
        assertThat(meaning("callback_button", "quick_reply")).isEqualTo(new Choice("callback_data"));
    }

    @Test
    void theSameNumberIsTheSameCitizenAndAnotherNumberAnotherOne() {
        String key = PSEUDONYMS.of("972987654321");
        assertThat(PSEUDONYMS.of("+972 987 654 321")).isEqualTo(key);
        assertThat(PSEUDONYMS.of("972987654322")).isNotEqualTo(key);
        assertThat(new CitizenPseudonyms("another-secret").of("972987654321")).isNotEqualTo(key);
    }

    @Test
    void malformedOrForeignBodiesCarryNoUpdateAndSayWhy() {
        assertThat(reader.read("{not json".getBytes(StandardCharsets.UTF_8)).notes())
                .containsExactly("malformed JSON");
        assertThat(reader.read("[]".getBytes(StandardCharsets.UTF_8)).updates()).isEmpty();
        assertThat(reader.read("{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8))
                        .notes())
                .containsExactly("not a whatsapp_business_account update");
        String noId = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"metadata\":{\"phone_number_id\":\"" + PywaPayloads.PHONE_NUMBER_ID + "\"},"
                + "\"messages\":[{\"from\":\"34600111222\",\"type\":\"text\",\"text\":{\"body\":\"hola\"}}]}}]}]}";
        WebhookReader.Reading reading = reader.read(noId.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.updates()).isEmpty();
        assertThat(reading.notes()).containsExactly("MESSAGE without a usable id");
    }

    private IncomingMessage meaning(String file, String name) {
        InboxUpdate update =
                reader.read(PywaPayloads.get(file, name).bytes()).updates().get(0);
        return IncomingMessage.of(JSON.readTree(update.payload()));
    }
}
