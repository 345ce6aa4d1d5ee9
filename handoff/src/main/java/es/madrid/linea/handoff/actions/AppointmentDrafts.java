package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.backoffice.Failure;
import es.madrid.linea.bot.backoffice.Outcome;
import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.handoff.SpanishPhone;
import es.madrid.linea.bot.knowledge.Procedure;
import es.madrid.linea.bot.notifications.ReminderChannel;
import es.madrid.linea.bot.offices.Office;
import es.madrid.linea.handoff.actions.AppointmentDraft.OfficeChoice;
import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fills the appointment form from the conversation: procedure, offices with the suggested one, name, phone, reminder. */
final class AppointmentDrafts {

    private final BookableProcedures procedures;
    private final BookingPlaces places;
    private final ReferenceOffice reference;

    AppointmentDrafts(BookableProcedures procedures, BookingPlaces places, ReferenceOffice reference) {
        this.procedures = procedures;
        this.places = places;
        this.reference = reference;
    }

    /**
     * @param procedureId the procedure the agent chose, or null for the one the conversation consulted last
     */
    AppointmentDraft draft(GatheredFacts facts, String procedureId) {
        List<ProcedureChoice> choices = new ArrayList<>(procedures.among(facts.consultedProcedures()));
        Optional<Procedure> chosen = procedureId == null
                ? choices.stream().findFirst().flatMap(c -> procedures.bookable(c.id()))
                : Optional.of(procedures.bookable(procedureId).orElseThrow(AppointmentDrafts::notBookable));
        chosen.filter(p -> choices.stream().noneMatch(c -> c.id().equals(p.id())))
                .ifPresent(p -> choices.add(0, new ProcedureChoice(p.id(), p.title())));
        List<Office> offices = List.of();
        String problem = null;
        if (chosen.isPresent()) {
            Outcome<List<Office>> listed = places.service(chosen.get()).flatMap(places::offices);
            offices = listed.valueIfDone().orElse(List.of());
            problem = listed.failureIfFailed().map(AppointmentDrafts::problem).orElse(null);
        }
        Optional<ReferenceOffice.Suggestion> suggested = reference.among(offices, facts);
        CitizenProfile citizen = facts.conversation().citizen();
        Optional<String> phone = Optional.ofNullable(citizen.phone())
                .flatMap(SpanishPhone::parse)
                .or(() -> facts.entity("phone"));
        return new AppointmentDraft(
                choices,
                chosen.map(Procedure::id).orElse(null),
                offices.stream()
                        .map(o -> new OfficeChoice(o.id(), o.name(), o.address(), o.district()))
                        .toList(),
                suggested.map(s -> s.office().id()).orElse(null),
                suggested
                        .map(ReferenceOffice.Suggestion::reason)
                        .orElse(offices.isEmpty() ? null : "No sabemos el distrito del ciudadano: pregúntale."),
                citizen.name(),
                phone.orElse(null),
                reminderFor(facts.conversation().channel(), phone.isPresent()).wireName(),
                problem);
    }

    /** The citizen's own channel; the web conversation when their phone is unknown. */
    static ReminderChannel reminderFor(Channel channel, boolean phoneKnown) {
        if (phoneKnown && channel == Channel.WHATSAPP) {
            return ReminderChannel.WHATSAPP;
        }
        if (phoneKnown && channel == Channel.SMS) {
            return ReminderChannel.SMS;
        }
        return ReminderChannel.WEB;
    }

    static RoutingRefusal notBookable() {
        return new RoutingRefusal("not_bookable", "Ese trámite no se hace con cita previa o no existe.");
    }

    private static String problem(Failure failure) {
        if (failure == Failure.NOT_FOUND) {
            return "El sistema de citas no da cita para este trámite: indica al ciudadano que llame al 010.";
        }
        return "El sistema de citas no responde ahora: inténtalo de nuevo en un momento.";
    }
}
