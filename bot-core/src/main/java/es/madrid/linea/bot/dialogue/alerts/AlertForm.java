package es.madrid.linea.bot.dialogue.alerts;

import es.madrid.linea.bot.alerts.Alert;
import es.madrid.linea.bot.alerts.AlertService;
import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.alerts.NewAlert;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.dialogue.Places;
import es.madrid.linea.bot.dialogue.Places.Place;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.Acted;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.dialogue.forms.FormData;
import es.madrid.linea.bot.dialogue.forms.FormPolicy;
import es.madrid.linea.bot.dialogue.forms.FormStep;
import es.madrid.linea.bot.geo.GeoPoint;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.privacy.PersonalDataMasker;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Carlos's form: report an incident in the street to Avisos Madrid. It needs the category (an Avisos service, from
 * the understanding's ranked incident categories: taken when clear, offered as up to three options when not), where
 * (an address, located and put in its district, or a shared location) and the description (the citizen's own words,
 * with personal data masked because alerts are public). A photo the channel received is attached. After the
 * citizen confirms, the alert is filed; the answer depends on the back office's outcome.
 */
public final class AlertForm implements Form {

    public static final String NAME = "alert";

    public static final String CATEGORY = "alert_category";
    public static final String CATEGORY_NAME = "alert_category_name";
    /** The categories offered when unsure: {@code id=name} lines. */
    public static final String CANDIDATES = "alert_candidates";

    public static final String DESCRIPTION = "alert_description";
    public static final String ADDRESS = "alert_address";
    public static final String LAT = "alert_lat";
    public static final String LON = "alert_lon";
    public static final String DISTRICT = "alert_district";

    public static final String MENU = "menu:aviso";
    static final String CHOICE_PREFIX = "alert:category:";
    static final String OTHER = CHOICE_PREFIX + "other";

    /** From this confidence the best category is taken without asking (the confirmation still shows it). */
    static final double SURE = 0.5;

    /** Below this a category is not worth offering. */
    static final double OFFERED = 0.05;

    static final int OFFERS = 3;

    static final String WHAT_HAPPENS =
            "Cuéntame qué ocurre, por ejemplo: «hay una farola apagada» o «hay un bache en la acera».";
    static final String WHICH_CATEGORY = "¿Cuál de estas opciones describe mejor el problema?";
    static final String WHERE = "¿Dónde está? Escribe la calle y el número, o comparte tu ubicación.";
    static final String WHERE_PLAIN = "¿Dónde está? Dime la calle y el número.";
    static final String FILED = "¡Listo! Tu aviso está registrado con el número %s. Puedes seguirlo en la app "
            + "Madrid Móvil o llamando al 010.";
    static final String KEPT = "Ahora mismo el sistema de avisos no responde, pero he guardado tu aviso: lo enviaré "
            + "en cuanto vuelva y te diré aquí mismo su número. No tienes que hacer nada más.";
    static final String REFUSED = "El sistema de avisos no ha aceptado el aviso tal como está.";

    private final AlertsDesk alerts;
    private final Places places;

    public AlertForm(AlertsDesk alerts, Places places) {
        this.alerts = alerts;
        this.places = places;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> slots() {
        return List.of(
                CATEGORY, CATEGORY_NAME, CANDIDATES, DESCRIPTION, ADDRESS, LAT, LON, DISTRICT, DialogueSlots.PHOTO);
    }

    @Override
    public boolean startsWith(Turn turn) {
        return MENU.equals(turn.payload()) || turn.clearly(Intents.REPORT_INCIDENT);
    }

    @Override
    public Map<String, String> facts(Turn turn, FormData data) {
        Map<String, String> facts = new HashMap<>();
        String payload = turn.payload();
        if (payload != null && payload.startsWith(CHOICE_PREFIX)) {
            chosenCategory(payload, data, facts);
            return facts;
        }
        turn.location().ifPresent(point -> place(places.ofPoint(point), facts));
        turn.entity("address").ifPresent(address -> place(places.ofAddress(address), facts));
        if (turn.hasText() && describesTheProblem(turn, data)) {
            category(turn, data, facts);
        }
        return facts;
    }

    @Override
    public FormStep next(FormData data, Turn turn) {
        if (!data.has(CATEGORY)) {
            Map<String, String> offered = candidates(data);
            if (offered.isEmpty()) {
                return FormStep.ask(CATEGORY, List.of(say(WHAT_HAPPENS)));
            }
            List<Option> options = new ArrayList<>();
            offered.forEach((id, name) -> options.add(new Option(CHOICE_PREFIX + id, name)));
            options.add(new Option(OTHER, "Otra cosa"));
            return FormStep.ask(CATEGORY, List.of(new BotUttered(Reply.options(WHICH_CATEGORY, options))));
        }
        if (!data.has(ADDRESS) && !data.has(LAT)) {
            String where = turn.priority() ? WHERE_PLAIN : WHERE;
            return FormStep.ask(ADDRESS, List.of(new BotUttered(Reply.locationRequest(where))));
        }
        return FormStep.confirm(List.of(say(summary(data, turn.priority()))));
    }

    @Override
    public Acted act(FormData data, Turn turn) {
        NewAlert alert = new NewAlert(
                data.get(CATEGORY).orElseThrow(),
                data.get(DESCRIPTION).orElse(""),
                data.get(ADDRESS).orElse(null),
                point(data).orElse(null),
                data.get(DialogueSlots.PHOTO).orElse(null),
                turn.actionKey(),
                turn.conversation().id());
        Outcome<Alert> outcome = alerts.file(alert);
        if (outcome instanceof Outcome.Done<Alert> done) {
            String code = done.value().code();
            return Acted.finished(List.of(
                    new ActionExecuted(Conversation.FILE_ALERT, ActionExecuted.OK, code, null),
                    say(String.format(Locale.ROOT, FILED, code))));
        }
        if (outcome instanceof Outcome.Pending<Alert>) {
            // Kept by the back office and filed later; the result reaches this conversation by itself.
            return Acted.finished(List.of(say(KEPT)));
        }
        Outcome.Failed<Alert> failed = (Outcome.Failed<Alert>) outcome;
        // A failed action hands the conversation to a person (handoff policy), who sees everything kept here.
        return Acted.keptForAPerson(List.of(
                new ActionExecuted(
                        Conversation.FILE_ALERT,
                        failed.failure().name().toLowerCase(Locale.ROOT),
                        null,
                        failed.detail()),
                say(REFUSED)));
    }

    @Override
    public List<Option> changes(FormData data) {
        return List.of(
                new Option(FormPolicy.CHANGE_PREFIX + ADDRESS, "Cambiar el lugar"),
                new Option(FormPolicy.CHANGE_PREFIX + CATEGORY, "Cambiar el tipo"));
    }

    @Override
    public List<String> changing(String slot) {
        if (ADDRESS.equals(slot)) {
            return List.of(ADDRESS, LAT, LON, DISTRICT);
        }
        // The categories offered before stay, so changing the category offers them again.
        return CATEGORY.equals(slot) ? List.of(CATEGORY, CATEGORY_NAME) : List.of(slot);
    }

    @Override
    public String help() {
        return "Estoy tomando nota de un aviso para el Ayuntamiento: necesito saber qué ocurre y dónde. "
                + "Antes de enviarlo te lo enseño para que lo revises. Si prefieres dejarlo, escribe «cancelar».";
    }

    @Override
    public String confirmLabel() {
        return "Sí, enviar";
    }

    @Override
    public String cancelled() {
        return "De acuerdo, no envío el aviso. ¿Puedo ayudarte en algo más?";
    }

    /**
     * Whether this text is about the problem itself: always while the form asks for it; otherwise only the first
     * description (the message that started the form), so an address typed later is never read as a new category.
     */
    private static boolean describesTheProblem(Turn turn, FormData data) {
        if (!data.has(DialogueSlots.FORM)) {
            return true;
        }
        return CATEGORY.equals(data.get(DialogueSlots.FORM_STEP).orElse(null)) && !data.has(CATEGORY);
    }

    private void category(Turn turn, FormData data, Map<String, String> facts) {
        List<IncidentCategory> ranked = accepted(turn.understanding().incidentCategories());
        if (ranked.isEmpty() || ranked.get(0).confidence() < OFFERED) {
            return;
        }
        facts.put(DESCRIPTION, PersonalDataMasker.mask(turn.text().strip()));
        // Kept even when the best is clear, so "change the category" can offer them.
        String offered = ranked.stream()
                .filter(c -> c.confidence() >= OFFERED)
                .limit(OFFERS)
                .map(c -> c.serviceId() + "=" + c.name())
                .collect(Collectors.joining("\n"));
        facts.put(CANDIDATES, offered);
        IncidentCategory best = ranked.get(0);
        if (best.confidence() >= SURE || turn.priority()) {
            // A priority citizen is spared the extra question: the confirmation shows the category anyway.
            facts.put(CATEGORY, best.serviceId());
            facts.put(CATEGORY_NAME, best.name());
        } else {
            facts.put(CATEGORY, null);
            facts.put(CATEGORY_NAME, null);
        }
    }

    /** The categories the alerts system accepts (all of them when it cannot tell). */
    private List<IncidentCategory> accepted(List<IncidentCategory> ranked) {
        Outcome<List<AlertService>> services = alerts.services();
        if (!services.isDone()) {
            return ranked;
        }
        Set<String> known = services.valueIfDone().orElseThrow().stream()
                .map(AlertService::id)
                .collect(Collectors.toSet());
        return ranked.stream().filter(c -> known.contains(c.serviceId())).toList();
    }

    private static void chosenCategory(String payload, FormData data, Map<String, String> facts) {
        if (OTHER.equals(payload)) {
            facts.put(CANDIDATES, null);
            facts.put(CATEGORY, null);
            return;
        }
        String id = payload.substring(CHOICE_PREFIX.length());
        String name = candidates(data).get(id);
        if (name != null) {
            facts.put(CATEGORY, id);
            facts.put(CATEGORY_NAME, name);
        }
    }

    private static Map<String, String> candidates(FormData data) {
        Map<String, String> offered = new java.util.LinkedHashMap<>();
        data.get(CANDIDATES).ifPresent(lines -> {
            for (String line : lines.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    offered.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        });
        return offered;
    }

    private static void place(Place place, Map<String, String> facts) {
        facts.put(ADDRESS, place.address());
        facts.put(
                LAT,
                place.point() == null ? null : Double.toString(place.point().lat()));
        facts.put(
                LON,
                place.point() == null ? null : Double.toString(place.point().lon()));
        facts.put(DISTRICT, place.district());
    }

    private static Optional<GeoPoint> point(FormData data) {
        if (!data.has(LAT) || !data.has(LON)) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(
                Double.parseDouble(data.get(LAT).orElseThrow()),
                Double.parseDouble(data.get(LON).orElseThrow())));
    }

    private static String summary(FormData data, boolean plain) {
        String where = data.get(ADDRESS).orElse("la ubicación que has compartido");
        String district = data.get(DISTRICT).map(d -> " (" + d + ")").orElse("");
        StringBuilder text = new StringBuilder();
        if (plain) {
            text.append("Voy a avisar de: ")
                    .append(data.get(CATEGORY_NAME).orElse(""))
                    .append(", en ")
                    .append(where)
                    .append(". ¿Lo envío?");
            return text.toString();
        }
        text.append("Este es tu aviso:\n• Qué: ")
                .append(data.get(CATEGORY_NAME).orElse(""))
                .append("\n• Dónde: ")
                .append(where)
                .append(district);
        data.get(DESCRIPTION)
                .filter(d -> !d.isBlank())
                .ifPresent(d -> text.append("\n• Descripción: «").append(d).append("»"));
        if (data.has(DialogueSlots.PHOTO)) {
            text.append("\n• Con la foto que me has enviado");
        }
        text.append("\n¿Lo envío?");
        return text.toString();
    }

    private static BotUttered say(String text) {
        return new BotUttered(Reply.text(text));
    }
}
