package es.madrid.linea.handoff.desk;

import es.madrid.linea.bot.conversation.ConversationStore;
import es.madrid.linea.bot.conversation.IdSource;
import es.madrid.linea.handoff.HandoffSettings;
import es.madrid.linea.handoff.routing.AgentProfile;
import es.madrid.linea.handoff.routing.Group;
import es.madrid.linea.handoff.routing.Groups;
import es.madrid.linea.handoff.routing.OpeningHours;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the desk from {@code cibeles.handoff.*}: the routing rules, the stores, the board bot-core asks and the
 * switchboard that hears the log. The {@link DeskBoard} bean is bot-core's {@code HandoffDesk}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HandoffSettings.class)
@Import(SwitchboardAssembly.class)
class DeskConfiguration {

    @Bean
    Groups handoffGroups(HandoffSettings settings) {
        return new Groups(settings.groupsOrDefaults(), settings.defaultGroup());
    }

    @Bean
    OpeningHours handoffOpeningHours(HandoffSettings settings, @Value("${cibeles.zone:Europe/Madrid}") ZoneId zone) {
        return OpeningHours.parse(settings.openingHours(), settings.holidays(), zone);
    }

    @Bean
    Roster handoffRoster(HandoffSettings settings, Groups groups) {
        Set<String> all = groups.all().stream().map(Group::name).collect(Collectors.toSet());
        return new Roster(
                settings.agents().stream()
                        .map(agent -> new AgentProfile(
                                agent.name(),
                                agent.displayName() == null ? agent.name() : agent.displayName(),
                                agent.groups() == null || agent.groups().isEmpty() ? all : Set.copyOf(agent.groups()),
                                agent.capacity() == null ? settings.defaultCapacity() : agent.capacity()))
                        .toList(),
                all,
                settings.defaultCapacity());
    }

    @Bean
    CallbackTasks callbackTasks(JdbcClient jdbc, IdSource ids) {
        return new CallbackTasks(jdbc, ids);
    }

    @Bean
    OpenHandoffs openHandoffs(JdbcClient jdbc) {
        return new OpenHandoffs(jdbc);
    }

    @Bean
    AgentNotes agentNotes(JdbcClient jdbc) {
        return new AgentNotes(jdbc);
    }

    @Bean
    DeskBoard deskBoard(
            HandoffSettings settings,
            Groups groups,
            OpeningHours hours,
            ConversationStore store,
            CallbackTasks callbacks,
            Clock clock) {
        return new DeskBoard(groups, settings.topicsOrDefaults(), hours, store, callbacks, clock);
    }

    @Bean(destroyMethod = "close")
    Switchboard switchboard(SwitchboardAssembly assembly, HandoffSettings settings) {
        Switchboard switchboard = assembly.assemble();
        switchboard.start(settings.tick());
        return switchboard;
    }
}
