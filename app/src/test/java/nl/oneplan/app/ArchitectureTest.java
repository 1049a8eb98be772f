package nl.oneplan.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;


import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries: the sides share only the published language and never know each other. */
@AnalyzeClasses(packages = "nl.oneplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sharedEventsUseNoSpringAndNoPersistence = noClasses()
            .that().resideInAPackage("nl.oneplan.events..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "javax.persistence..", "org.hibernate..", "java.sql..", "javax.sql..", "nl.oneplan.command..",
                    "nl.oneplan.query..", "nl.oneplan.app..");

    @ArchTest
    static final ArchRule sharedRulesArePureAndKnowNeitherSide = noClasses()
            .that().resideInAPackage("nl.oneplan.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                    "jakarta.persistence..", "java.sql..", "javax.sql..", "nl.oneplan.command..", "nl.oneplan.query..",
                    "nl.oneplan.app..");

    @ArchTest
    static final ArchRule commandSideNeverImportsQuerySide = noClasses()
            .that().resideInAPackage("nl.oneplan.command..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.oneplan.query..", "nl.oneplan.app..");

    @ArchTest
    static final ArchRule querySideNeverImportsCommandSide = noClasses()
            .that().resideInAPackage("nl.oneplan.query..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.oneplan.command..", "nl.oneplan.app..");

    @ArchTest
    static final ArchRule controllersDoNotTouchTheEventStore = noClasses()
            .that().resideInAnyPackage("nl.oneplan.command.api..", "nl.oneplan.query.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventsourcing..",
                    "org.axonframework.eventhandling..");

    /**
     * A part of the trajectory (its package: involvement, plan, roundtable, care, consent,
     * closure) answers from its own state and holds its own commands: it reads no other part, so
     * each can be understood and tested alone. The root package combines them.
     */
    @ArchTest
    static final ArchRule theTrajectorysPartsReachIntoNoOtherPart = slices()
            .matching("nl.oneplan.command.trajectory.(*)..")
            .namingSlices("part $1")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule thePartsDoNotReadTheRoot = noClasses()
            .that().resideInAPackage("nl.oneplan.command.trajectory.*..")
            .should().dependOnClassesThat().haveFullyQualifiedName(
                    "nl.oneplan.command.trajectory.FamilyTrajectory");
}
