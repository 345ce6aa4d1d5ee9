package es.madrid.linea.handoff.actions;

import es.madrid.linea.bot.alerts.AlertsDesk;
import es.madrid.linea.bot.conversation.ConversationService;
import es.madrid.linea.bot.knowledge.KnowledgeBase;
import es.madrid.linea.bot.notifications.Notifications;
import es.madrid.linea.bot.notifications.RemindedAppointmentBook;
import es.madrid.linea.bot.offices.OfficeDirectory;
import es.madrid.linea.handoff.desk.Switchboard;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the agents' actions to the ports the other modules provide (the application's alerts desk, its reminded
 * appointment book, notifications, office directory and knowledge base) and to the desk, which says who holds a
 * conversation. The actions run on two threads of their own, with room for a hundred waiting.
 */
@Configuration(proxyBeanMethods = false)
class ActionsConfiguration {

    private static final int THREADS = 2;
    private static final int WAITING = 100;

    @Bean(destroyMethod = "close")
    AgentActions agentActions(
            Switchboard switchboard,
            ConversationService conversations,
            AlertsDesk alerts,
            RemindedAppointmentBook appointments,
            Notifications notifications,
            OfficeDirectory offices,
            KnowledgeBase knowledge,
            ActionResults results,
            Clock clock,
            @Value("${cibeles.zone:Europe/Madrid}") ZoneId zone) {
        return AgentActions.assemble(
                switchboard::requireHolder,
                conversations,
                new AgentActions.Ports(alerts, appointments, notifications, offices, knowledge),
                results,
                threads(),
                clock,
                zone);
    }

    private static ThreadPoolExecutor threads() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(
                THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING), runnable -> {
                    Thread thread = new Thread(runnable, "agent-actions-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
