package es.madrid.linea.bot.dialogue.offices;

import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.dialogue.Places;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.Acted;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.dialogue.forms.FormData;
import es.madrid.linea.bot.dialogue.forms.FormStep;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.offices.District;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carmen's question: which office is nearest, when it opens and what can be done there. One question at most: where
 * the citizen is (postcode, district, address or a shared location), unless the message or the profile already says.
 * A postcode or district leads to the Línea Madrid office that serves the district; an address or a point to the
 * nearest office by distance.
 */
public final class OfficeForm implements Form {

    public static final String NAME = "office";
    public static final String POSTCODE = "office_postcode";
    public static final String DISTRICT = "office_district";
    public static final String LAT = "office_lat";
    public static final String LON = "office_lon";

    public static final String MENU = "menu:oficina";

    static final String WHERE =
            "¿Dónde te viene bien? Dime tu código postal, tu distrito o tu dirección, " + "o comparte tu ubicación.";
    static final String NOT_FOUND = "No encuentro ninguna oficina para ese lugar. ¿Me dices tu código postal o tu "
            + "distrito? También puedes llamar al 010.";

    private final Places places;

    public OfficeForm(Places places) {
        this.places = places;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> slots() {
        return List.of(POSTCODE, DISTRICT, LAT, LON);
    }

    /** Also a location shared out of the blue: the most useful thing to say about a place is the nearest office. */
    @Override
    public boolean startsWith(Turn turn) {
        return MENU.equals(turn.payload())
                || turn.clearly(Intents.FIND_OFFICE)
                || turn.location().isPresent();
    }

    @Override
    public Map<String, String> facts(Turn turn, FormData data) {
        Map<String, String> facts = new HashMap<>();
        Optional<GeoPoint> point = turn.location()
                .or(() -> turn.entity("address")
                        .flatMap(a -> Optional.ofNullable(places.ofAddress(a).point())));
        point.ifPresent(p -> {
            facts.put(LAT, Double.toString(p.lat()));
            facts.put(LON, Double.toString(p.lon()));
        });
        turn.entity("postcode").ifPresent(p -> facts.put(POSTCODE, p));
        turn.entity("district").ifPresent(d -> facts.put(DISTRICT, d));
        if (facts.isEmpty() && !data.has(es.madrid.linea.bot.dialogue.DialogueSlots.FORM)) {
            String profilePostcode = turn.conversation().citizen().postcode();
            if (profilePostcode != null && !profilePostcode.isBlank()) {
                facts.put(POSTCODE, profilePostcode.strip());
            }
        }
        return facts;
    }

    @Override
    public FormStep next(FormData data, Turn turn) {
        if (data.has(LAT) || data.has(POSTCODE) || data.has(DISTRICT)) {
            return FormStep.actNow();
        }
        return FormStep.ask(POSTCODE, List.of(new BotUttered(Reply.locationRequest(WHERE))));
    }

    @Override
    public Acted act(FormData data, Turn turn) {
        Optional<Office> office = find(data);
        if (office.isEmpty()) {
            Map<String, String> cleared = new HashMap<>();
            slots().forEach(s -> cleared.put(s, null));
            return Acted.again(List.of(new BotUttered(Reply.text(NOT_FOUND))), cleared);
        }
        return Acted.finished(describe(office.get(), turn.priority()));
    }

    @Override
    public List<Option> changes(FormData data) {
        return List.of();
    }

    @Override
    public String help() {
        return "Para decirte qué oficina te queda más cerca necesito saber por dónde estás: tu código postal, tu "
                + "distrito o tu dirección.";
    }

    private Optional<Office> find(FormData data) {
        OfficeDirectory offices = places.offices();
        if (data.has(LAT) && data.has(LON)) {
            GeoPoint point = new GeoPoint(
                    Double.parseDouble(data.get(LAT).orElseThrow()),
                    Double.parseDouble(data.get(LON).orElseThrow()));
            return offices.nearest(point, 1).stream().findFirst();
        }
        if (data.has(DISTRICT)) {
            return offices.referenceOffice(data.get(DISTRICT).orElseThrow());
        }
        String postcode = data.get(POSTCODE).orElseThrow();
        Optional<String> district = offices.districts().stream()
                .filter(d -> d.postcodes().contains(postcode))
                .map(District::name)
                .findFirst();
        return district.flatMap(offices::referenceOffice)
                .or(() -> offices.withPostcode(postcode).stream().findFirst());
    }

    static List<ConversationEvent> describe(Office office, boolean plain) {
        List<ConversationEvent> events = new ArrayList<>();
        String where = office.address() + (office.postcode() == null ? "" : " (" + office.postcode() + ")");
        if (plain) {
            events.add(new BotUttered(Reply.text("Te recomiendo la oficina " + office.name() + ", en " + where + ". "
                    + office.hours() + " Si lo prefieres, llama al 010 y te atienden por teléfono.")));
            return events;
        }
        StringBuilder text = new StringBuilder("Te queda cerca la oficina ")
                .append(office.name())
                .append(", en ")
                .append(where)
                .append(".\nHorario: ")
                .append(office.hours());
        if (!office.services().isEmpty()) {
            text.append("\nAllí puedes: ")
                    .append(String.join(", ", office.services()))
                    .append('.');
        }
        if (office.appointments()) {
            text.append("\nAtiende con cita previa.");
        }
        events.add(new BotUttered(Reply.text(text.toString())));
        if (office.infoUrl() != null) {
            events.add(new BotUttered(Reply.link("Más información de la oficina", office.infoUrl())));
        }
        return events;
    }
}
