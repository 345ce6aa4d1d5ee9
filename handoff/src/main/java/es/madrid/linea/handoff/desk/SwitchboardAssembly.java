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
        Desk desk = new Desk(
                conversations,
                codec,
                router,
                groups,
                roster,
                waits,
                callbacks,
                consoles,
                clock,
                Presence.fromWireName(settings.initialPresence()));
        return new Switchboard(
                desk,
                new LogReactions(desk, settings.reconnectGrace()),
                new AgentCommands(desk, callbacks, notes, new PacketBuilder(settings.minConfidence()), publication),
                publication,
                open,
                settings.commandTimeout());
    }
}
