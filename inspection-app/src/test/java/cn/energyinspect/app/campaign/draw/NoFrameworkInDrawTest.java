package cn.energyinspect.app.campaign.draw;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The verifier must run without the application: the draw depends on the JDK and Jackson only. */
class NoFrameworkInDrawTest {

    @Test
    void the_draw_does_not_depend_on_spring_or_on_other_capabilities() {
        var draw = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.energyinspect.app.campaign.draw");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.camunda..", "org.apache.ibatis..")
                .orShould()
                .dependOnClassesThat(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("cn.energyinspect..")
                                .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage(
                                        "cn.energyinspect.app.campaign.draw..")))
                .check(draw);
    }
}
