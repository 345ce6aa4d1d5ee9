package es.madrid.linea.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** bot-core stays free of frameworks and of hidden time and randomness, so its replays are deterministic. */
class BotCoreIsFrameworkFreeTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("es.madrid.linea.bot");

    @Test
    void noSpringInTheCore() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(CORE);
    }

    @Test
    void theCoreDoesNotKnowTheOtherModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "es.madrid.linea.knowledge..", "es.madrid.linea.handoff..", "es.madrid.linea.channels..")
                .check(CORE);
    }

    @Test
    void timeAndIdsAreInjectedNeverTakenFromStaticSources() {
        noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.util.UUID.class, "randomUUID")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("replays must be deterministic: inject a Clock and an IdSource")
                .check(CORE);
    }
}
