package es.madrid.linea.knowledge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base meets the rest of Cibeles only through bot-core's ports, and its search and content reading stay
 * free of the web and database layers, so the evaluation tools and plain tests can run them alone.
 */
class KnowledgeModuleBoundariesTest {

    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("es.madrid.linea.knowledge");

    @Test
    void theModuleDoesNotKnowTheOtherModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "es.madrid.linea.channels..", "es.madrid.linea.handoff..", "es.madrid.linea.system..")
                .check(MODULE);
    }

    @Test
    void searchDependsOnNeitherSpringNorTheEditorsWorkflow() {
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.knowledge.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "es.madrid.linea.knowledge.editing..",
                        "es.madrid.linea.knowledge.api..",
                        "es.madrid.linea.knowledge.content..")
                .check(MODULE);
    }

    @Test
    void contentReadingUsesOnlySpringsResourceLoading() {
        noClasses()
                .that()
                .resideInAPackage("es.madrid.linea.knowledge.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.jdbc..",
                        "org.springframework.context..",
                        "es.madrid.linea.knowledge.search..",
                        "es.madrid.linea.knowledge.editing..")
                .check(MODULE);
    }
}
