package es.madrid.linea.handoff.routing;

import java.util.Set;

/**
 * A group of agents and its queue.
 *
 * @param name the queue's stable name, e.g. {@code tributos}
 * @param title what agents and supervisors read, e.g. "Tributos y multas"
 * @param skills the topics it attends (see {@link Topics})
 * @param priority true for the specialised group that attends priority citizens on any topic
 */
public record Group(String name, String title, Set<String> skills, boolean priority) {

    public Group {
        skills = Set.copyOf(skills);
    }
}
