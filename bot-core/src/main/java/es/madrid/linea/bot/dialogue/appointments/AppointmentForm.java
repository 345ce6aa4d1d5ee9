package es.madrid.linea.bot.dialogue.appointments;

import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.DAY;
import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.HOUR;
import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.IN_CHAT;
import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.NAME;
import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.OFFICE;
import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.PHONE;
import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.PROCEDURE;
import static es.madrid.linea.bot.dialogue.appointments.AppointmentSlots.START;

import es.madrid.linea.bot.appointments.Appointment;
import es.madrid.linea.bot.appointments.AppointmentTimes;
import es.madrid.linea.bot.appointments.BookableService;
import es.madrid.linea.bot.appointments.Booking;
import es.madrid.linea.bot.appointments.Slot;
import es.madrid.linea.bot.appointments.SlotQuery;
import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.dialogue.DialogueSlots;
import es.madrid.linea.bot.dialogue.Turn;
import es.madrid.linea.bot.dialogue.forms.Acted;
import es.madrid.linea.bot.dialogue.forms.Form;
import es.madrid.linea.bot.dialogue.forms.FormData;
import es.madrid.linea.bot.dialogue.forms.FormStep;
import es.madrid.linea.bot.knowledge.AppointmentNeed;
import es.madrid.linea.bot.knowledge.DocumentsToBring;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.notifications.ReminderDetails;
import es.madrid.linea.bot.notifications.ReminderRequest;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.bot.text.SpanishText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking an appointment: which procedure (only those that need cita previa), which office (the reference office of
 * the citizen's district, postcode or address, the nearest to a shared location, or one they pick), which time (the
 * first free ones, or the nearest to the day and time they ask for), the name to book under and where to send the
 * reminder (a phone for an SMS, or the conversation itself; on WhatsApp, WhatsApp), then the confirmation and the
 * booking with its reminder. A time taken in the meantime is offered again; a system that does not answer keeps the
 * booking and tells the conversation later.
 */
public final class AppointmentForm implements Form {

    static final String ASK_PROCEDURE = "¿Para qué trámite quieres la cita? Elige uno o dímelo con tus palabras.";
    static final String ASK_OFFICE = "¿En qué oficina te viene bien? Dime tu distrito o tu código postal, o comparte "
            + "tu ubicación, y te busco la más cercana.";
    static final String ASK_NAME = "¿A nombre de quién hago la reserva? Dime el nombre y los apellidos.";
    static final String ASK_PHONE =
            "¿A qué móvil te mando el recordatorio el día antes? Si lo prefieres, te lo " + "recuerdo aquí en el chat.";
    static final String PICK_TIME =
            "¿Cuál te viene bien? Si prefieres otro día u hora, dímelo (por ejemplo, «el " + "martes por la tarde»).";
    static final String SYSTEM_DOWN = "Ahora mismo el sistema de citas no responde. Escríbeme de nuevo en unos "
            + "minutos y lo vuelvo a intentar, o pide la cita en el 010.";
    static final String TAKEN = "Vaya, esa hora se acaba de ocupar. Te busco otras.";
    static final String PAST = "Esa fecha ya ha pasado. ";
    static final String NOTHING_NEAR = "No quedan huecos cerca de ese día. ";
    static final String KEPT = "El sistema de citas va lento, pero tu petición está guardada: te confirmaremos la "
            + "cita aquí en cuanto quede reservada, con su referencia.";
    static final String NOT_BOOKED =
            "Lo siento, no he podido reservar la cita: el sistema de citas no responde. " + AppointmentTexts.CALL_010;

    private static final Pattern SAYS_NAME =
            Pattern.compile("(?iu)\\b(?:me llamo|mi nombre es|a nombre de)\\s+(\\p{L}[\\p{L} '\\-.]{1,79})");
    /** How a citizen corrects the procedure at another step: "no, es para un cambio de domicilio". */
    private static final Pattern CORRECTION =
            Pattern.compile("^(no\\b|en realidad|mejor|perdona|me he equivocado|es para|era para|quiero decir)");

    private static final Pattern NAME_ONLY = Pattern.compile("[\\p{L}][\\p{L} '\\-.]{1,79}");
    private static final Set<String> IN_CHAT_WORDS = Set.of(
            "no",
            "aqui",
            "por aqui",
            "en el chat",
            "aqui en el chat",
            "por el chat",
            "en el chat mejor",
            "no tengo",
            "prefiero aqui",
            "no gracias",
            "aqui mejor",
            "mejor aqui");
    private static final Set<String> FIRST_ONE = Set.of(
            "si", "vale", "la primera", "el primero", "la primera que haya", "la primera libre", "ok", "perfecto");

    private final BookableProcedures procedures;
    private final OfficeChooser offices;
    private final RemindedAppointmentBook book;

    AppointmentForm(BookableProcedures procedures, OfficeChooser offices, RemindedAppointmentBook book) {
        this.procedures = procedures;
        this.offices = offices;
        this.book = book;
    }

    @Override
    public Optional<String> procedure(FormData data) {
        return data.get(PROCEDURE);
    }

    @Override
    public String name() {
        return AppointmentSlots.FORM;
    }

    @Override
    public List<String> slots() {
        return AppointmentSlots.BOOKING;
    }

    /** The "Pedir cita" option ({@value AppointmentSlots#MENU_BOOK}), or a clear request for an appointment. */
    @Override
    public boolean startsWith(Turn turn) {
        return AppointmentSlots.MENU_BOOK.equals(turn.payload()) || turn.clearly(Intents.BOOK_APPOINTMENT);
    }

    /** Another procedure or office needs another time; another time forgets the day asked for. */
    @Override
    public List<String> changing(String slot) {
        if (PROCEDURE.equals(slot) || OFFICE.equals(slot)) {
            return List.of(slot, START);
        }
        if (START.equals(slot)) {
            return List.of(START, DAY, HOUR);
        }
        return List.of(slot);
    }

    @Override
    public String confirmLabel() {
        return "Sí, reservar";
    }

    @Override
    public String cancelled() {
        return "De acuerdo, no pido la cita. ¿Puedo ayudarte en algo más?";
    }

    @Override
    public Map<String, String> facts(Turn turn, FormData data) {
        Map<String, String> facts = new LinkedHashMap<>();
        String step = turn.slot(DialogueSlots.FORM_STEP).orElse("");
        if (turn.payload() != null) {
            fromPayload(turn, turn.payload(), facts);
        }
        if (turn.hasText() && !turn.text().isBlank()) {
            fromText(turn, data, step, facts);
        }
        if (turn.location().isPresent()) {
            offices.pointedTo(turn).ifPresent(office -> facts.put(OFFICE, office.id()));
        }
        keepConsistent(data, facts);
        return facts;
    }

    private void fromPayload(Turn turn, String payload, Map<String, String> facts) {
        if (payload.startsWith(AppointmentSlots.PICK_PROCEDURE)) {
            procedures
                    .byId(payload.substring(AppointmentSlots.PICK_PROCEDURE.length()))
                    .filter(Procedure::bookable)
                    .ifPresent(p -> facts.put(PROCEDURE, p.id()));
        } else if (payload.startsWith(AppointmentSlots.PICK_OFFICE)) {
            offices.office(payload.substring(AppointmentSlots.PICK_OFFICE.length()))
                    .ifPresent(o -> facts.put(OFFICE, o.id()));
        } else if (payload.startsWith(AppointmentSlots.PICK_START)) {
            parseStart(
                            payload.substring(AppointmentSlots.PICK_START.length()),
                            turn.now().getZone())
                    .ifPresent(
                            start -> facts.put(START, start.toOffsetDateTime().toString()));
        } else if (AppointmentSlots.REMIND_IN_CHAT.equals(payload)) {
            facts.put(PHONE, IN_CHAT);
        }
    }

    private void fromText(Turn turn, FormData data, String step, Map<String, String> facts) {
        String text = turn.text();
        String folded = SpanishText.fold(text);
        if (!data.has(PROCEDURE)
                || PROCEDURE.equals(step)
                || DialogueSlots.CONFIRM_STEP.equals(step)
                || (CORRECTION.matcher(folded).find() && !NAME.equals(step) && !PHONE.equals(step))) {
            procedures
                    .named(turn)
                    .filter(p -> !p.id().equals(data.get(PROCEDURE).orElse(null)))
                    .ifPresent(p -> facts.put(PROCEDURE, p.id()));
        }
        offices.pointedTo(turn).ifPresent(office -> facts.put(OFFICE, office.id()));
        turn.entity("date").ifPresent(day -> facts.put(DAY, day));
        turn.entity("time").ifPresent(hour -> facts.put(HOUR, hour));
        if (START.equals(step)
                && !facts.containsKey(DAY)
                && !facts.containsKey(HOUR)
                && (FIRST_ONE.contains(folded) || Intents.AFFIRM.equals(turn.intent()))) {
            firstOffered(turn.conversation()).ifPresent(start -> facts.put(START, start));
        }
        Matcher says = SAYS_NAME.matcher(text);
        if (says.find()) {
            facts.put(NAME, tidyName(says.group(1)));
        } else if (NAME.equals(step) && NAME_ONLY.matcher(text.strip()).matches() && !looksLikeAnAnswer(folded)) {
            facts.put(NAME, tidyName(text));
        }
        Optional<String> phone = turn.entity("phone");
        if (phone.isPresent()) {
            facts.put(PHONE, phone.get());
        } else if (PHONE.equals(step) && (IN_CHAT_WORDS.contains(folded) || Intents.DENY.equals(turn.intent()))) {
            facts.put(PHONE, IN_CHAT);
        }
    }

    /**
     * A new procedure or office may change which offices and times fit: the office is moved to the nearest one that
     * books the procedure, and a time chosen before is dropped when it no longer fits what was said.
     */
    private void keepConsistent(FormData data, Map<String, String> facts) {
        FormData after = data.with(facts);
        if ((facts.containsKey(PROCEDURE) || facts.containsKey(OFFICE)) && after.has(OFFICE)) {
            Optional<BookableService> service = procedures
                    .byId(after.get(PROCEDURE).orElse(null))
                    .flatMap(p -> book.serviceNamed(p.appointmentService()).valueIfDone());
            Optional<Office> office = offices.office(after.get(OFFICE).orElseThrow());
            if (service.isPresent() && office.isPresent()) {
                offices.forService(office.get(), service.get().id())
                        .filter(other -> !other.id().equals(office.get().id()))
                        .ifPresent(other -> facts.put(OFFICE, other.id()));
            }
        }
        after = data.with(facts);
        boolean changed = false;
        for (String slot : List.of(PROCEDURE, OFFICE, DAY, HOUR)) {
            changed |= facts.containsKey(slot)
                    && !Objects.equals(facts.get(slot), data.get(slot).orElse(null));
        }
        if (changed && data.has(START) && !facts.containsKey(START)) {
            facts.put(START, null);
        }
        if (facts.containsKey(START) && facts.get(START) != null && !after.has(OFFICE)) {
            facts.remove(START);
        }
    }

    @Override
    public FormStep next(FormData data, Turn turn) {
        ZoneId zone = turn.now().getZone();
        Optional<Procedure> procedure = procedures.byId(data.get(PROCEDURE).orElse(null));
        if (procedure.isEmpty()) {
            return askProcedure(turn, "");
        }
        Outcome<BookableService> service = book.serviceNamed(procedure.get().appointmentService());
        if (service.failureIfFailed().filter(f -> f == Failure.NOT_FOUND).isPresent()) {
            return askProcedure(
                    turn,
                    "Para «" + procedure.get().title() + "» no puedo pedir cita por aquí. " + AppointmentTexts.CALL_010
                            + " ");
        }
        if (!service.isDone()) {
            return FormStep.ask(PROCEDURE, say(SYSTEM_DOWN));
        }
        Outcome<List<Office>> offering =
                offices.offering(service.valueIfDone().orElseThrow().id());
        if (!offering.isDone()) {
            return FormStep.ask(OFFICE, say(SYSTEM_DOWN));
        }
        Optional<Office> office = offices.office(data.get(OFFICE).orElse(null));
        if (office.isEmpty()) {
            return FormStep.ask(OFFICE, List.of(new BotUttered(Reply.locationRequest(ASK_OFFICE))));
        }
        List<Office> bookable = offering.valueIfDone().orElseThrow();
        if (bookable.stream().noneMatch(o -> o.id().equals(office.get().id()))) {
            return askOtherOffice(
                    "En " + office.get().name() + " no dan cita para «"
                            + procedure.get().title() + "». ",
                    office.get(),
                    bookable);
        }
        if (!data.has(START)) {
            return offerTimes(data, turn, procedure.get(), service.valueIfDone().orElseThrow(), office.get(), bookable);
        }
        if (!data.has(NAME) && blank(turn.conversation().citizen().name())) {
            return FormStep.ask(NAME, say(ASK_NAME));
        }
        if (!data.has(PHONE)
                && remindedBy(turn.conversation(), data) == ReminderChannel.WEB
                && blank(turn.conversation().citizen().phone())) {
            return FormStep.ask(
                    PHONE,
                    List.of(new BotUttered(Reply.options(
                            ASK_PHONE, List.of(new Option(AppointmentSlots.REMIND_IN_CHAT, "Aquí en el chat"))))));
        }
        ZonedDateTime start = parseStart(data.get(START).orElseThrow(), zone).orElseThrow();
        String summary = "Voy a pedir esta cita:\n- Trámite: " + procedure.get().title() + "\n- Oficina: "
                + AppointmentTexts.where(office.get()) + "\n- Día y hora: " + AppointmentTimes.dayAndTime(start, zone)
                + "\n- A nombre de: " + name(turn.conversation(), data) + "\n- Recordatorio: "
                + reminderSaid(turn.conversation(), data) + "\n¿La reservo?";
        return FormStep.confirm(say(summary));
    }

    private FormStep askProcedure(Turn turn, String intro) {
        String text = BookableProcedures.withoutWhereAndWhen(turn);
        String why = intro;
        if (why.isEmpty() && text != null) {
            why = procedures
                    .about(text)
                    .filter(p -> !p.bookable())
                    .map(AppointmentForm::whyNotBookable)
                    .orElse("");
        }
        List<Option> options = procedures.candidates(text).stream()
                .filter(p -> book.serviceNamed(p.appointmentService())
                        .failureIfFailed()
                        .filter(f -> f == Failure.NOT_FOUND)
                        .isEmpty())
                .map(p -> new Option(AppointmentSlots.PICK_PROCEDURE + p.id(), p.title()))
                .toList();
        String question = why + ASK_PROCEDURE;
        return FormStep.ask(
                PROCEDURE,
                List.of(new BotUttered(options.isEmpty() ? Reply.text(question) : Reply.options(question, options))));
    }

    private static String whyNotBookable(Procedure procedure) {
        if (procedure.needsAppointment() == AppointmentNeed.NOT_REQUIRED) {
            return "Para «" + procedure.title() + "» no hace falta cita previa. ";
        }
        return "Para «" + procedure.title() + "» no puedo pedir cita por aquí. " + AppointmentTexts.CALL_010 + " ";
    }

    private static FormStep askOtherOffice(String why, Office from, List<Office> bookable) {
        List<Option> options = OfficeChooser.nearestTo(from, bookable).stream()
                .limit(3)
                .map(o -> new Option(AppointmentSlots.PICK_OFFICE + o.id(), o.name()))
                .toList();
        if (options.isEmpty()) {
            return FormStep.ask(OFFICE, say(why + AppointmentTexts.CALL_010));
        }
        return FormStep.ask(
                OFFICE,
                List.of(new BotUttered(
                        Reply.options(why + "Estas son las más cercanas que sí tienen cita:", options))));
    }

    private FormStep offerTimes(
            FormData data, Turn turn, Procedure procedure, BookableService service, Office office, List<Office> all) {
        ZonedDateTime now = turn.now();
        String intro = "";
        ZonedDateTime preferred = preferred(data, now);
        if (preferred != null && !preferred.isAfter(now)) {
            intro = PAST;
            preferred = null;
        }
        Outcome<List<Slot>> free = preferred == null
                ? book.freeSlots(SlotQuery.firstAvailable(office.id(), service.id(), now))
                : book.freeSlots(SlotQuery.near(office.id(), service.id(), preferred, now));
        if (preferred != null && free.valueIfDone().filter(List::isEmpty).isPresent()) {
            intro += NOTHING_NEAR;
            preferred = null;
            free = book.freeSlots(SlotQuery.firstAvailable(office.id(), service.id(), now));
        }
        if (!free.isDone()) {
            return FormStep.ask(START, say(SYSTEM_DOWN));
        }
        List<Slot> slots = free.valueIfDone().orElseThrow();
        if (slots.isEmpty()) {
            return askOtherOffice(
                    intro + "No quedan citas libres para «" + procedure.title() + "» en " + office.name()
                            + " en los próximos 30 días. ",
                    office,
                    all);
        }
        String where = AppointmentTexts.where(office);
        String text = intro
                + (preferred == null
                        ? "Las primeras citas libres en " + where + " son estas. "
                        : "Estas son las horas libres en " + where + " más cercanas a lo que pides. ")
                + PICK_TIME;
        return FormStep.ask(
                START,
                List.of(new BotUttered(Reply.options(
                        text, AppointmentTexts.slotOptions(slots, now.getZone(), AppointmentSlots.PICK_START)))));
    }

    /** The day and time the citizen asked for: a day without a time from its start, a time alone from today on. */
    static ZonedDateTime preferred(FormData data, ZonedDateTime now) {
        Optional<LocalDate> day = data.get(DAY).flatMap(AppointmentForm::parseDay);
        Optional<LocalTime> hour = data.get(HOUR).flatMap(AppointmentForm::parseHour);
        if (day.isEmpty() && hour.isEmpty()) {
            return null;
        }
        if (day.isPresent()) {
            return day.get().atTime(hour.orElse(LocalTime.of(8, 0))).atZone(now.getZone());
        }
        ZonedDateTime today = now.toLocalDate().atTime(hour.get()).atZone(now.getZone());
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    @Override
    public Acted act(FormData data, Turn turn) {
        ZoneId zone = turn.now().getZone();
        Conversation conversation = turn.conversation();
        Procedure procedure = procedures.byId(data.get(PROCEDURE).orElse(null)).orElse(null);
        Office office = offices.office(data.get(OFFICE).orElse(null)).orElse(null);
        ZonedDateTime start = data.get(START).flatMap(s -> parseStart(s, zone)).orElse(null);
        if (procedure == null || office == null || start == null) {
            // Only reachable if the content changed under a conversation in progress: ask again for what is gone.
            Map<String, String> gone = new LinkedHashMap<>();
            gone.put(procedure == null ? PROCEDURE : office == null ? OFFICE : START, null);
            return Acted.again(say("Algún dato de la cita ya no vale: te lo pregunto de nuevo."), gone);
        }
        Outcome<BookableService> service = book.serviceNamed(procedure.appointmentService());
        if (!service.isDone()) {
            return Acted.keptForAPerson(List.of(
                    new ActionExecuted(
                            Conversation.BOOK_APPOINTMENT,
                            "unavailable",
                            null,
                            "service " + procedure.appointmentService()),
                    new BotUttered(Reply.text(NOT_BOOKED))));
        }
        List<String> documents = DocumentsToBring.of(procedure);
        ReminderDetails details = new ReminderDetails(office.name(), office.address(), procedure.title(), documents);
        String phone = data.get(PHONE)
                .filter(p -> p.startsWith("+"))
                .orElse(conversation.citizen().phone());
        Booking booking = new Booking(
                office.id(),
                service.valueIfDone().orElseThrow().id(),
                procedure.id(),
                start,
                name(conversation, data),
                phone,
                turn.actionKey(),
                conversation.id());
        Outcome<Appointment> outcome = book.bookAndRemind(booking, reminder(conversation, data, details));
        if (outcome instanceof Outcome.Done<Appointment> done) {
            Appointment appointment = done.value();
            return Acted.finished(List.of(
                    new ActionExecuted(Conversation.BOOK_APPOINTMENT, ActionExecuted.OK, appointment.id(), null),
                    new BotUttered(
                            Reply.text(booked(appointment, procedure, office, documents, conversation, data, zone)))));
        }
        if (outcome.isPending()) {
            return Acted.finished(say(KEPT));
        }
        Failure failure = outcome.failureIfFailed().orElseThrow();
        if (failure == Failure.SLOT_TAKEN || failure == Failure.REJECTED) {
            Map<String, String> again = new LinkedHashMap<>();
            again.put(START, null);
            return Acted.again(say(TAKEN), again);
        }
        return Acted.keptForAPerson(List.of(
                new ActionExecuted(Conversation.BOOK_APPOINTMENT, failure.name().toLowerCase(Locale.ROOT), null, null),
                new BotUttered(Reply.text(NOT_BOOKED))));
    }

    private static String booked(
            Appointment appointment,
            Procedure procedure,
            Office office,
            List<String> documents,
            Conversation conversation,
            FormData data,
            ZoneId zone) {
        StringBuilder text = new StringBuilder("¡Cita reservada! Te esperamos en ")
                .append(AppointmentTexts.where(office))
                .append(' ')
                .append(AppointmentTimes.dayAndTime(appointment.start(), zone))
                .append(" para «")
                .append(procedure.title())
                .append("». Tu referencia es ")
                .append(appointment.id())
                .append('.');
        if (!documents.isEmpty()) {
            text.append(" Lleva: ").append(String.join("; ", documents)).append('.');
        }
        text.append(" Te mandaré un recordatorio el día antes ")
                .append(reminderSaid(conversation, data))
                .append(". Si no puedes ir, dímelo aquí y la anulamos o la cambiamos.");
        return text.toString();
    }

    @Override
    public List<Option> changes(FormData data) {
        return List.of(
                new Option("form:change:" + PROCEDURE, "Cambiar el trámite"),
                new Option("form:change:" + OFFICE, "Cambiar la oficina"),
                new Option("form:change:" + START, "Cambiar el día o la hora"),
                new Option("form:change:" + NAME, "Cambiar el nombre"));
    }

    @Override
    public String help() {
        return "Para pedirte cita necesito saber el trámite, la oficina (dime tu distrito o tu código postal), el "
                + "día y la hora que te vienen bien y tu nombre. Si ya no la quieres, di «déjalo».";
    }

    static ReminderChannel remindedBy(Conversation conversation, FormData data) {
        if (conversation.channel() == Channel.WHATSAPP) {
            return ReminderChannel.WHATSAPP;
        }
        if (data.get(PHONE).filter(p -> p.startsWith("+")).isPresent()
                || (!data.has(PHONE) && !blank(conversation.citizen().phone()))) {
            return ReminderChannel.SMS;
        }
        return ReminderChannel.WEB;
    }

    private static ReminderRequest reminder(Conversation conversation, FormData data, ReminderDetails details) {
        ReminderChannel channel = remindedBy(conversation, data);
        if (channel == ReminderChannel.WHATSAPP) {
            return ReminderRequest.whatsapp(conversation.id(), details);
        }
        if (channel == ReminderChannel.SMS) {
            String phone = data.get(PHONE)
                    .filter(p -> p.startsWith("+"))
                    .orElse(conversation.citizen().phone());
            return new ReminderRequest(ReminderChannel.SMS, phone, conversation.id(), details);
        }
        return ReminderRequest.web(conversation.id(), details);
    }

    private static String reminderSaid(Conversation conversation, FormData data) {
        ReminderChannel channel = remindedBy(conversation, data);
        if (channel == ReminderChannel.WHATSAPP) {
            return "por WhatsApp";
        }
        if (channel == ReminderChannel.SMS) {
            String phone = data.get(PHONE)
                    .filter(p -> p.startsWith("+"))
                    .orElse(conversation.citizen().phone());
            return "por SMS al número acabado en " + phone.substring(Math.max(0, phone.length() - 3));
        }
        return "aquí en el chat";
    }

    private static String name(Conversation conversation, FormData data) {
        return data.get(NAME).orElse(conversation.citizen().name());
    }

    private static Optional<String> firstOffered(Conversation conversation) {
        return conversation.offeredOptions().stream()
                .map(Option::id)
                .filter(id -> id.startsWith(AppointmentSlots.PICK_START))
                .map(id -> id.substring(AppointmentSlots.PICK_START.length()))
                .findFirst();
    }

    static Optional<ZonedDateTime> parseStart(String iso, ZoneId zone) {
        try {
            return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(zone));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDay(String day) {
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> parseHour(String hour) {
        try {
            return Optional.of(LocalTime.parse(hour));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Words that answer a question rather than give a name ("sí", "no", "vale"...). */
    private static boolean looksLikeAnAnswer(String folded) {
        return Set.of("si", "no", "vale", "ok", "cancelar", "dejalo", "ayuda", "no se", "gracias")
                .contains(folded);
    }

    private static String tidyName(String name) {
        return name.strip().replaceAll("\\s+", " ").replaceAll("[.]+$", "");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<ConversationEvent> say(String text) {
        return List.of(new BotUttered(Reply.text(text)));
    }
}
