package es.madrid.linea.handoff.packet;

import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent;
import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentJoined;
import es.madrid.linea.bot.conversation.ConversationEvent.AgentUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.BotUttered;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationClosed;
import es.madrid.linea.bot.conversation.ConversationEvent.ConversationResumed;
import es.madrid.linea.bot.conversation.ConversationEvent.HandoffRequested;
import es.madrid.linea.bot.conversation.ConversationEvent.KnowledgeConsulted;
import es.madrid.linea.bot.conversation.ConversationEvent.UserUttered;
import es.madrid.linea.bot.conversation.HandoffState;
import es.madrid.linea.bot.conversation.RecordedEvent;
import es.madrid.linea.bot.handoff.PriorityCitizen;
import es.madrid.linea.bot.knowledge.ProcedureRef;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Intents;
import es.madrid.linea.bot.nlu.Understanding;
import es.madrid.linea.bot.reply.Option;
import es.madrid.linea.bot.reply.Reply;
import es.madrid.linea.handoff.packet.HandoffPacket.Citizen;
import es.madrid.linea.handoff.packet.HandoffPacket.Fact;
import es.madrid.linea.handoff.packet.HandoffPacket.FailedAttempt;
import es.madrid.linea.handoff.packet.HandoffPacket.Handoff;
import es.madrid.linea.handoff.packet.HandoffPacket.HandoffStep;
import es.madrid.linea.handoff.packet.HandoffPacket.Line;
import es.madrid.linea.handoff.packet.HandoffPacket.Note;
import es.madrid.linea.handoff.packet.HandoffPacket.Procedure;
import es.madrid.linea.handoff.packet.HandoffPacket.Ranked;
import es.madrid.linea.handoff.packet.HandoffPacket.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the packet by replaying the log: one pass over the events, each kind adding to its part of the packet. The
 * state (slots, status, handoff) comes from the same replay, so the packet and the conversation never disagree.
 */
public final class PacketBuilder {

    private static final int RANKING_SHOWN = 3;

    private final double minConfidence;

    /** @param minConfidence below this, a citizen message counts as not understood */
    public PacketBuilder(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    public HandoffPacket build(String conversationId, List<RecordedEvent> events, List<Note> notes) {
        Conversation state = Conversation.replay(conversationId, events);
        List<HandoffStep> handoffs = new ArrayList<>();
        List<Line> transcript = new ArrayList<>();
        List<Turn> understanding = new ArrayList<>();
        List<Procedure> procedures = new ArrayList<>();
        List<FailedAttempt> failed = new ArrayList<>();
        Map<String, String> optionTitles = new HashMap<>();
        for (RecordedEvent recorded : events) {
            ConversationEvent event = recorded.event();
            long seq = recorded.seq();
            if (event instanceof UserUttered user) {
                transcript.add(new Line(seq, recorded.at(), "citizen", citizenText(user, optionTitles), null));
                if (user.text() != null && user.understanding() != null) {
                    Turn turn = turn(seq, user.text(), user.understanding());
                    understanding.add(turn);
                    if (Intents.OUT_OF_SCOPE.equals(turn.intent()) || turn.confidence() < minConfidence) {
                        failed.add(new FailedAttempt(seq, "not_understood", user.text(), turn.intent(), null));
                    }
                }
            } else if (event instanceof BotUttered bot) {
                rememberOptions(bot.reply(), optionTitles);
                transcript.add(new Line(seq, recorded.at(), "bot", botText(bot.reply()), null));
            } else if (event instanceof AgentUttered agent) {
                transcript.add(new Line(seq, recorded.at(), "agent", agent.text(), agent.agent()));
            } else if (event instanceof KnowledgeConsulted consulted) {
                for (ProcedureRef procedure : consulted.procedures()) {
                    procedures.add(new Procedure(seq, procedure.id(), procedure.revision(), procedure.score()));
                }
            } else if (event instanceof ActionExecuted action && !action.succeeded()) {
                failed.add(new FailedAttempt(seq, "action", action.action(), action.outcome(), action.detail()));
            } else if (event instanceof HandoffRequested requested) {
                handoffs.add(new HandoffStep(
                        seq, recorded.at(), requested.reason(), requested.queue(), requested.priority()));
            } else if (event instanceof AgentJoined joined) {
                transcript.add(new Line(seq, recorded.at(), "system", "Se une a la conversación", joined.agent()));
            } else if (event instanceof ConversationResumed resumed) {
                transcript.add(new Line(seq, recorded.at(), "system", "Vuelve al asistente", resumed.by()));
            } else if (event instanceof ConversationClosed closed) {
                transcript.add(new Line(
                        seq, recorded.at(), "system", "Conversación cerrada: " + closed.outcome(), closed.by()));
            }
        }
        return new HandoffPacket(
                conversationId,
                state.channel() == null ? null : state.channel().wireName(),
                state.status().wireName(),
                state.startedAt(),
                citizen(state),
                handoff(state.handoff()),
                handoffs,
                transcript,
                understanding,
                state.slots(),
                procedures,
                failed,
                state.alerts(),
                state.appointments(),
                notes,
                state.lastSeq());
    }

    private static Citizen citizen(Conversation state) {
        CitizenProfile profile = state.citizen();
        return new Citizen(
                profile.name(),
                profile.phone(),
                profile.birthYear(),
                profile.postcode(),
                profile.address(),
                PriorityCitizen.of(state));
    }

    private static Handoff handoff(HandoffState handoff) {
        if (handoff == null) {
            return null;
        }
        return new Handoff(
                handoff.reason(), handoff.queue(), handoff.priority(), handoff.requestedAt(), handoff.agent());
    }

    private static Turn turn(long seq, String text, Understanding understanding) {
        Intent best = understanding.intent();
        List<Ranked> ranking = understanding.ranking().stream()
                .limit(RANKING_SHOWN)
                .map(i -> new Ranked(i.name(), i.confidence()))
                .toList();
        List<Fact> entities = understanding.entities().stream()
                .map(e -> new Fact(e.type(), e.value(), e.text()))
                .toList();
        return new Turn(seq, text, best.name(), best.confidence(), ranking, entities);
    }

    private static String citizenText(UserUttered user, Map<String, String> optionTitles) {
        if (user.text() != null) {
            return user.text();
        }
        if (user.payload() != null) {
            return "[Elige: " + optionTitles.getOrDefault(user.payload(), user.payload()) + "]";
        }
        return user.location() == null
                ? ""
                : String.format(
                        java.util.Locale.ROOT,
                        "[Comparte su ubicación: %.5f, %.5f]",
                        user.location().lat(),
                        user.location().lon());
    }

    private static void rememberOptions(Reply reply, Map<String, String> titles) {
        if (reply instanceof Reply.Options options) {
            for (Option option : options.options()) {
                titles.put(option.id(), option.title());
            }
        }
    }

    private static String botText(Reply reply) {
        if (reply instanceof Reply.Options options) {
            return reply.text() + " "
                    + options.options().stream().map(o -> "[" + o.title() + "]").collect(Collectors.joining(" "));
        }
        if (reply instanceof Reply.Link link) {
            return reply.text() + " (" + link.url() + ")";
        }
        return reply.text();
    }
}
