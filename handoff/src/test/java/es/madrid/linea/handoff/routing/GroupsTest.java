package es.madrid.linea.handoff.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupsTest {

    private final Groups groups = new Groups(
            List.of(
                    new Group("general", "Atención general", Set.of("general"), false),
                    new Group("tributos", "Tributos y multas", Set.of("tributos"), false),
                    new Group("padron", "Padrón", Set.of("padron"), false),
                    new Group("mayores", "Atención preferente", Set.of(), true)),
            "general");

    @Test
    void aPriorityCitizenGoesToThePriorityGroupThenTheTopicsGroupThenTheGeneralQueue() {
        assertThat(groups.candidates("tributos", true)).containsExactly("mayores", "tributos", "general");
    }

    @Test
    void anyoneElseGoesToTheTopicsGroupThenTheGeneralQueue() {
        assertThat(groups.candidates("padron", false)).containsExactly("padron", "general");
        assertThat(groups.candidates("general", false)).containsExactly("general");
        assertThat(groups.candidates("bicicletas", false)).containsExactly("general");
    }

    @Test
    void theDefaultGroupMustExist() {
        assertThatThrownBy(() -> new Groups(List.of(), "general")).isInstanceOf(IllegalArgumentException.class);
    }
}
