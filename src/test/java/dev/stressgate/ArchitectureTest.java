package dev.stressgate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The dependency directions of docs/architecture.md, checked on the main code. */
@AnalyzeClasses(packages = "dev.stressgate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String PROJECT = "dev.stressgate..";

    @ArchTest
    static final ArchRule reportNeverDependsOnTheReferenceApp = noClasses()
            .that()
            .resideInAPackage("dev.stressgate.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.stressgate.socialapp..")
            .because("the report reaches any target only through HTTP, Prometheus, Loki and its log file");

    @ArchTest
    static final ArchRule reportInputsAndAnalysisNeverDependOnRendering = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.stressgate.report.gatling..",
                    "dev.stressgate.report.sources..",
                    "dev.stressgate.report.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.stressgate.report.render..")
            .because("rendering presents the results; it never shapes them");

    @ArchTest
    static final ArchRule profileDependsOnNothingElseInTheProject = classes()
            .that()
            .resideInAPackage("dev.stressgate.profile..")
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage(PROJECT).or(resideInAPackage("dev.stressgate.profile..")))
            .because("a load profile is plain data that the run, the simulations and the report all read");

    @ArchTest
    static final ArchRule referenceAppDependsOnNothingButTheSettingsLookup = classes()
            .that()
            .resideInAPackage("dev.stressgate.socialapp..")
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage(PROJECT)
                    .or(resideInAnyPackage("dev.stressgate.socialapp..", "dev.stressgate.config")))
            .because("the reference app stands for any target and must run on its own; it shares only the one "
                    + "settings lookup (dev.stressgate.config) with the run");

    @ArchTest
    static final ArchRule theSettingsLookupDependsOnNothingElseInTheProject = classes()
            .that()
            .resideInAPackage("dev.stressgate.config..")
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage(PROJECT).or(resideInAPackage("dev.stressgate.config..")))
            .because("every part, the reference app included, reads its settings through it");

    @ArchTest
    static final ArchRule liveViewReadsRecordsButNeverJudgesOrRenders = noClasses()
            .that()
            .resideInAPackage("dev.stressgate.live..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.stressgate.report.analysis..",
                    "dev.stressgate.report.render..",
                    "dev.stressgate.report.pipeline..",
                    "dev.stressgate.report.ai..",
                    "dev.stressgate.socialapp..")
            .because("the injector's live view follows simulation.log with the report's reader only; the verdict "
                    + "is the report's");

    @ArchTest
    static final ArchRule nothingButTheRunsDependsOnTheLiveView = noClasses()
            .that()
            .resideInAnyPackage("dev.stressgate.report..", "dev.stressgate.run..", "dev.stressgate.profile..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.stressgate.live..")
            .because("the live view belongs to a running injector; the report reads its results from files");

    @ArchTest
    static final ArchRule everyTopLevelClassHasAProjectWideUniqueName = classes()
            .that()
            .areTopLevelClasses()
            .should(haveASimpleNameNoOtherTopLevelClassHas())
            .because(
                    "one name per concept: a reader (or an import) must never have to ask which of two types is meant");

    private static ArchCondition<JavaClass> haveASimpleNameNoOtherTopLevelClassHas() {
        return new ArchCondition<>("have a simple name no other top-level class in dev.stressgate has") {
            private Map<String, Long> countBySimpleName = Map.of();

            @Override
            public void init(Collection<JavaClass> allTopLevelClasses) {
                countBySimpleName = allTopLevelClasses.stream()
                        .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.counting()));
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                long sharing = countBySimpleName.getOrDefault(type.getSimpleName(), 0L);
                if (sharing > 1) {
                    events.add(SimpleConditionEvent.violated(
                            type,
                            type.getName() + " shares its simple name with " + (sharing - 1) + " other class(es)"));
                }
            }
        };
    }
}
