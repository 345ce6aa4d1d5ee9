package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.conversation.EventCodec;
import es.madrid.linea.handoff.HandoffSettings;
import es.madrid.linea.handoff.packet.PacketBuilder;
import es.madrid.linea.handoff.routing.Groups;
import es.madrid.linea.handoff.routing.Presence;
import es.madrid.linea.handoff.routing.Router;
import es.madrid.linea.handoff.routing.WaitEstimate;
import java.time.Clock;

/**
 * Puts a switchboard together from its collaborators: the one place that knows how the desk's parts fit, used by
 * the Spring configuration and by tests alike.
 */
public record SwitchboardAssembly(
        HandoffSettings settings,
        ConversationService conversations,
        EventCodec codec,
        Groups groups,
        Roster roster,
        DeskBoard board,
        CallbackTasks callbacks,
        OpenHandoffs open,
        AgentNotes notes,
        AgentConsoles consoles,
        Clock clock) {

    public Switchboard assemble() {
        Router router = new Router(settings.offerTimeout());
        WaitEstimate waits = new WaitEstimate(settings.initialHandleTime());
        Publication publication = new Publication(
                router,
                waits,
                groups,
                board,
                consoles,
                conversations,
                new DeskViews(groups, settings.cannedRepliesOrDefaults()),
                clock);
        DeskWork work = new DeskWork(
                conversations,
                codec,
                router,
                groups,
                roster,
                waits,
                callbacks,
                notes,
                consoles,
                new PacketBuilder(settings.minConfidence()),
                publication,
                clock,
                Presence.fromWireName(settings.initialPresence()),
                settings.reconnectGrace());
        return new Switchboard(work, open, clock, settings.commandTimeout());
    }
}
