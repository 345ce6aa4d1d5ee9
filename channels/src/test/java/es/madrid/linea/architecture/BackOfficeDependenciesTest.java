package es.madrid.linea.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The back office ({@code es.madrid.linea.backoffice}) and the channels meet only through bot-core's ports: neither
 * uses the other's classes, and the back office does not reach into the knowledge base or handoff either.
 */
class BackOfficeDependenciesTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("es.madrid.linea");

    @Test
    void theBackOfficeUsesNoChannelNorOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.backoffice..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "es.madrid.linea.channels..", "es.madrid.linea.knowledge..", "es.madrid.linea.handoff..")
                .check(ALL);
    }

    @Test
    void theChannelsDoNotUseTheBackOfficeDirectly() {
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.channels..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("es.madrid.linea.backoffice..")
                .check(ALL);
    }
}
