package es.madrid.linea.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.ConversationEvent.ActionExecuted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationAppointmentsTest {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aMovedAppointmentWithANewIdReplacesTheOldOneInPlace() {
        Conversation conversation = replay(
                new ActionExecuted("book_appointment", "ok", "A", null),
                new ActionExecuted("book_appointment", "ok", "B", null),
                new ActionExecuted("move_appointment", "ok", "A2", "ticket t-1, was A"));

        assertThat(conversation.appointments()).containsExactly("A2", "B");
    }

    @Test
    void aMoveThatKeepsItsIdOrFailedChangesNothing() {
        Conversation conversation = replay(
                new ActionExecuted("book_appointment", "ok", "A", null),
                new ActionExecuted("move_appointment", "ok", "A", "was A"),
                new ActionExecuted("move_appointment", "unavailable", "A", null));

        assertThat(conversation.appointments()).containsExactly("A");
    }

    @Test
    void aMovedAppointmentNotBookedHereIsAdded() {
        Conversation conversation = replay(new ActionExecuted("move_appointment", "ok", "Q9", "was Q1"));

        assertThat(conversation.appointments()).containsExactly("Q9");
    }

    private static Conversation replay(ConversationEvent... events) {
        List<RecordedEvent> recorded = new java.util.ArrayList<>();
        for (ConversationEvent event : events) {
            recorded.add(new RecordedEvent(recorded.size() + 1, AT, event));
        }
        return Conversation.replay("c-1", recorded);
    }
}
