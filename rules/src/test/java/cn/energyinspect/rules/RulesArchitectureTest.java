package cn.energyinspect.rules;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The rules library stays pure Java: no framework on its classpath and no clock (every date is passed in), so a rule
 * gives the same answer for the same input in a test, a batch job and a web request.
 */
@AnalyzeClasses(packages = "cn.energyinspect.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {
    private static final Set<String> CLOCK_OWNERS = Set.of(
            LocalDate.class.getName(),
            LocalDateTime.class.getName(),
            LocalTime.class.getName(),
            Instant.class.getName(),
            ZonedDateTime.class.getName(),
            OffsetDateTime.class.getName(),
            Year.class.getName(),
            YearMonth.class.getName());

    @ArchTest
    static final ArchRule rules_do_not_depend_on_frameworks = noClasses()
            .that()
            .resideInAPackage("cn.energyinspect.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.camunda..",
                    "org.apache.ibatis..",
                    "org.mybatis..",
                    "jakarta..",
                    "javax..")
            .because("rules is a framework-free library (house style: rules are pure functions)");

    @ArchTest
    static final ArchRule rules_do_not_use_a_clock = noClasses()
            .that()
            .resideInAPackage("cn.energyinspect.rules..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Clock.class)
            .because("rules take the date as input and never read a clock");

    @ArchTest
    static final ArchRule rules_do_not_ask_for_the_current_time = noClasses()
            .that()
            .resideInAPackage("cn.energyinspect.rules..")
            .should()
            .callMethodWhere(target(name("now"))
                    .and(target(owner(describe(
                            "a java.time type", (JavaClass owner) -> CLOCK_OWNERS.contains(owner.getName()))))))
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .because("rules take the date as input and never read a clock");
}
