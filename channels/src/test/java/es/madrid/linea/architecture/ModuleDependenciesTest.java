package es.madrid.linea.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the architecture guide, checked on every module's classes: dependencies point inward to
 * bot-core, and the channels never reach into the knowledge base's or handoff's internals (they meet through
 * bot-core ports).
 */
class ModuleDependenciesTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("es.madrid.linea");

    private static final JavaClasses ALL_WITH_MODULE_JARS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("es.madrid.linea");

    @Test
    void botCoreDependsOnNoOtherModuleAndNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.bot..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "es.madrid.linea.knowledge..",
                        "es.madrid.linea.handoff..",
                        "es.madrid.linea.channels..",
                        "es.madrid.linea.system..",
                        "org.springframework..")
                .check(ALL_WITH_MODULE_JARS);
    }

    @Test
    void theChannelsMeetTheOtherModulesOnlyThroughBotCorePorts() {
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.channels..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("es.madrid.linea.knowledge..", "es.madrid.linea.handoff..")
                .check(ALL_WITH_MODULE_JARS);
    }

    @Test
    void theKnowledgeBaseAndHandoffDoNotDependOnEachOtherNorOnTheChannels() {
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.knowledge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "es.madrid.linea.handoff..", "es.madrid.linea.channels..", "es.madrid.linea.system..")
                .allowEmptyShould(true)
                .check(ALL_WITH_MODULE_JARS);
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.handoff..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "es.madrid.linea.knowledge..", "es.madrid.linea.channels..", "es.madrid.linea.system..")
                .allowEmptyShould(true)
                .check(ALL_WITH_MODULE_JARS);
    }

    @Test
    void thisModulesOwnClassesAreImported() {
        // Guards the rules above against importing nothing (and so checking nothing).
        org.assertj.core.api.Assertions.assertThat(ALL.contain("es.madrid.linea.CibelesApplication"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        ALL_WITH_MODULE_JARS.contain("es.madrid.linea.bot.conversation.ConversationService"))
                .isTrue();
    }
}
