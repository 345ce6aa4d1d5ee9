package es.madrid.linea.handoff.desk;

import es.madrid.linea.handoff.desk.AgentDeskView.ColleagueView;
import es.madrid.linea.handoff.desk.AgentDeskView.GroupView;
import es.madrid.linea.handoff.desk.AgentDeskView.HeldView;
import es.madrid.linea.handoff.desk.AgentDeskView.OfferView;
import es.madrid.linea.handoff.desk.AgentDeskView.OutcomeView;
import es.madrid.linea.handoff.desk.AgentDeskView.QueueView;
import es.madrid.linea.handoff.desk.AgentDeskView.WaitingView;
import es.madrid.linea.handoff.routing.AgentStatus;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.Groups;
import es.madrid.linea.handoff.routing.QueueEntry;
import es.madrid.linea.handoff.routing.Router;
import es.madrid.linea.handoff.routing.Ticket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds what each agent's console shows from the routing state: only their own offers, conversations and groups. */
final class DeskViews {

    private final Groups groups;
    private final List<CannedReply> cannedReplies;
    private final List<OutcomeView> outcomes = Arrays.stream(Outcome.values())
            .map(o -> new OutcomeView(o.wireName(), o.label()))
            .toList();

    DeskViews(Groups groups, List<CannedReply> cannedReplies) {
        this.groups = groups;
        this.cannedReplies = List.copyOf(cannedReplies);
    }

    AgentDeskView of(AgentStatus agent, Router router, List<CallbackTask> openCallbacks) {
        List<GroupView> theirs = groups.all().stream()
                .filter(g -> agent.profile().groups().contains(g.name()))
                .map(DeskViews::group)
                .toList();
        List<OfferView> offers = new ArrayList<>();
        for (String id : agent.offers()) {
            router.waiting(id).ifPresent(entry -> offers.add(offer(entry)));
        }
        List<HeldView> held = new ArrayList<>();
        for (String id : agent.conversations()) {
            router.assignment(id).ifPresent(a -> held.add(held(a.ticket(), a.since())));
        }
        List<QueueView> queues = theirs.stream()
                .map(g -> new QueueView(g.name(), g.title(), waiting(router.queue(g.name()))))
                .toList();
        List<CallbackTask> callbacks = openCallbacks.stream()
                .filter(task -> agent.profile().groups().contains(task.queue()))
                .toList();
        List<ColleagueView> colleagues = router.agents().stream()
                .filter(a -> a.connected() && !a.name().equals(agent.name()))
                .map(a -> new ColleagueView(
                        a.name(), a.profile().displayName(), a.presence().wireName()))
                .toList();
        return new AgentDeskView(
                agent.name(),
                agent.profile().displayName(),
                agent.presence().wireName(),
                agent.profile().capacity(),
                theirs,
                groups.all().stream().map(DeskViews::group).toList(),
                offers,
                held,
                queues,
                callbacks,
                colleagues,
                cannedReplies,
                outcomes);
    }

    private static GroupView group(Group group) {
        return new GroupView(group.name(), group.title(), group.priority());
    }

    private static OfferView offer(QueueEntry entry) {
        Ticket t = entry.ticket();
        return new OfferView(
                t.conversationId(),
                t.queue(),
                t.priority(),
                t.reason(),
                t.channel(),
                t.requestedAt(),
                entry.offerExpiresAt());
    }

    private static HeldView held(Ticket t, java.time.Instant since) {
        return new HeldView(t.conversationId(), t.queue(), t.priority(), t.reason(), t.channel(), since);
    }

    private static List<WaitingView> waiting(List<QueueEntry> line) {
        List<WaitingView> views = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Ticket t = line.get(i).ticket();
            views.add(new WaitingView(
                    t.conversationId(),
                    i + 1,
                    t.priority(),
                    t.reason(),
                    t.channel(),
                    t.requestedAt(),
                    line.get(i).offeredTo()));
        }
        return views;
    }
}
