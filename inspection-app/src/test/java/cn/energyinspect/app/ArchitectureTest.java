package cn.energyinspect.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app drives Camunda only through the workflow module's facade (house-style.md, "workflow"). */
class ArchitectureTest {
    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.energyinspect.app");

    @Test
    void only_the_engine_package_touches_camunda() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.energyinspect.app.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .because(
                        "capabilities go through cn.energyinspect.workflow.InspectionWorkflow, never the engine's services")
                .check(app);
    }

    @Test
    void controllers_do_not_reach_mappers() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Mapper")
                .because("controllers call a capability's service, which owns its queries and transactions")
                .check(app);
    }

    @Test
    void refusals_know_nothing_of_http() {
        noClasses()
                .that()
                .resideInAPackage("cn.energyinspect.app.refusal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "cn.energyinspect.app.web..")
                .because("services throw neutral refusals; only the web layer maps them to HTTP (house-style.md)")
                .check(app);
    }

    @Test
    void services_do_not_choose_http_statuses() {
        noClasses()
                .that()
                .resideOutsideOfPackages("cn.energyinspect.app.web..", "cn.energyinspect.app.security..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("cn.energyinspect.app.web.ProblemStatus")
                .because("a refusal names its kind; the web layer alone decides the status it answers with")
                .check(app);
    }
}
