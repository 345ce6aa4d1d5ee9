package es.madrid.linea.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import es.madrid.linea.bot.conversation.Channel;
import es.madrid.linea.bot.conversation.CitizenProfile;
import es.madrid.linea.bot.conversation.Conversation;
import es.madrid.linea.bot.conversation.ConversationEvent.SessionStarted;
import es.madrid.linea.bot.conversation.ConversationEvent.SlotSet;
import es.madrid.linea.bot.conversation.RecordedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityCitizenTest {

    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aProfileMarkedPriorityIsPriority() {
        assertThat(PriorityCitizen.of(started(new CitizenProfile(null, null, null, null, null, true))))
                .isTrue();
    }

    @Test
    void someoneWhoTurns65ThisYearIsPriorityByBirthYear() {
        assertThat(PriorityCitizen.of(started(new CitizenProfile(null, null, 1961, null, null, null))))
                .isTrue();
        assertThat(PriorityCitizen.of(started(new CitizenProfile(null, null, 1962, null, null, null))))
                .isFalse();
    }

    @Test
    void theDialogueMayRecogniseAPriorityCitizenInASlot() {
        Conversation conversation = started(CitizenProfile.anonymous())
                .apply(new RecordedEvent(2, START, new SlotSet(PriorityCitizen.SLOT, "true")));

        assertThat(PriorityCitizen.of(conversation)).isTrue();
    }

    @Test
    void anAnonymousCitizenIsNotPriority() {
        assertThat(PriorityCitizen.of(started(CitizenProfile.anonymous()))).isFalse();
    }

    private static Conversation started(CitizenProfile profile) {
        return Conversation.replay(
                "c-1", List.of(new RecordedEvent(1, START, new SessionStarted(Channel.WEB, profile))));
    }
}
