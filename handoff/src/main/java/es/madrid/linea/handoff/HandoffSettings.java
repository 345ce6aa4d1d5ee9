package es.madrid.linea.handoff;

import es.madrid.linea.handoff.desk.CannedReply;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.Topics;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the handoff ({@code cibeles.handoff.*}); every one has a default that runs the embedded demo.
 *
 * @param offerTimeout how long an agent has to accept an offered conversation before it goes to another agent
 * @param tick how often offers are checked for expiry
 * @param commandTimeout how long an agent's command may wait for the desk before it is refused
 * @param reconnectGrace how long an agent may stay disconnected before their conversations go to colleagues
 * @param initialHandleTime the guess of how long a conversation takes until the desk has measured some
 * @param openingHours when agents attend the chat, Madrid time: lines like {@code MON-FRI 08:30-20:00} or {@code 24x7}
 * @param holidays days closed all day
 * @param defaultGroup the group of anything no other group claims
 * @param groups agent groups; the Línea Madrid defaults when absent
 * @param agents agents' groups, capacity and display name; an agent not listed attends every group
 * @param defaultCapacity conversations at once for agents not listed
 * @param initialPresence the presence of an agent when they first open the console
 * @param topics how a conversation's topic is recognised; the defaults when absent
 * @param cannedReplies the console's ready-made replies; the defaults when absent
 * @param allowedOrigins origins (patterns) allowed to open the agent socket; empty means the same origin only
 * @param minConfidence below this, a citizen message counts as not understood in the packet
 */
@ConfigurationProperties("cibeles.handoff")
public record HandoffSettings(
        @DefaultValue("30s") Duration offerTimeout,
        @DefaultValue("1s") Duration tick,
        @DefaultValue("10s") Duration commandTimeout,
        @DefaultValue("2m") Duration reconnectGrace,
        @DefaultValue("4m") Duration initialHandleTime,
        @DefaultValue("MON-FRI 08:30-20:00") List<String> openingHours,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("general") String defaultGroup,
        List<GroupSetting> groups,
        @DefaultValue List<AgentSetting> agents,
        @DefaultValue("3") int defaultCapacity,
        @DefaultValue("available") String initialPresence,
        List<TopicSetting> topics,
        List<CannedReply> cannedReplies,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("0.5") double minConfidence) {

    /** A group of agents: its queue name, the title people read, the topics it attends, priority attention. */
    public record GroupSetting(
            String name, String title, @DefaultValue List<String> skills, boolean priority) {}

    /** An agent's account name, the name colleagues see, the groups they attend and conversations at once. */
    public record AgentSetting(String name, String displayName, List<String> groups, Integer capacity) {}

    /** A topic: its skill, the procedures' id prefixes and the words that reveal it. */
    public record TopicSetting(
            String skill,
            @DefaultValue List<String> procedures,
            @DefaultValue List<String> words) {}

    public List<Group> groupsOrDefaults() {
        if (groups == null || groups.isEmpty()) {
            return List.of(
                    new Group("general", "Atención general", Set.of(Topics.GENERAL), false),
                    new Group("tributos", "Tributos y multas", Set.of("tributos"), false),
                    new Group("padron", "Padrón", Set.of("padron"), false),
                    new Group("mayores", "Atención preferente (personas mayores)", Set.of(), true));
        }
        return groups.stream()
                .map(g -> new Group(
                        g.name(), g.title() == null ? g.name() : g.title(), Set.copyOf(g.skills()), g.priority()))
                .toList();
    }

    public Topics topicsOrDefaults() {
        if (topics == null || topics.isEmpty()) {
            return Topics.defaults();
        }
        return new Topics(topics.stream()
                .map(t -> new Topics.Topic(t.skill(), t.procedures(), t.words()))
                .toList());
    }

    public List<CannedReply> cannedRepliesOrDefaults() {
        if (cannedReplies == null || cannedReplies.isEmpty()) {
            return List.of(
                    new CannedReply(
                            "Saludo",
                            "Hola, te atiende una persona de Línea Madrid. Ya he leído lo que has hablado con el "
                                    + "asistente; dame un momento."),
                    new CannedReply("Un momento", "Dame un momento, por favor, que lo compruebo."),
                    new CannedReply(
                            "Documento de identidad",
                            "Para este trámite necesitas tu documento de identidad en vigor (DNI, NIE o pasaporte)."),
                    new CannedReply(
                            "Cita previa",
                            "Puedes pedir cita previa en https://www.madrid.es/citaprevia o llamando al 010."),
                    new CannedReply("¿Algo más?", "¿Puedo ayudarte en algo más?"),
                    new CannedReply("Despedida", "Gracias por contactar con Línea Madrid. ¡Que vaya muy bien!"));
        }
        return cannedReplies;
    }
}
