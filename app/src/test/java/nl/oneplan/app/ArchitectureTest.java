package nl.oneplan.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

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
     * A query controller parses parameters, calls the reader of its view and answers in HTTP terms.
     * Access, the access log and reading the stores are the readers' (PlanReader, TimelineReader,
     * ConsentReader, …), so no controller can read a view, or another view's store, past them.
     */
    @ArchTest
    static final ArchRule queryControllersReadThroughReaders = noClasses()
            .that().resideInAPackage("nl.oneplan.query.api").and().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "are repositories (or their parts), JDBC, the access log, the read policy or the event store's "
                            + "consent histories", ArchitectureTest::isReadersBusiness));

    private static final Set<String> READERS_ONLY = Set.of("nl.oneplan.query.access.AccessLog",
            "nl.oneplan.query.access.TrajectoryReadPolicy", "nl.oneplan.query.consent.ConsentHistories");

    private static boolean isReadersBusiness(JavaClass type) {
        return top(type).getSimpleName().endsWith("Repository") || READERS_ONLY.contains(type.getName())
                || type.getPackageName().startsWith("org.springframework.jdbc")
                || type.getPackageName().startsWith("java.sql") || type.getPackageName().startsWith("javax.sql");
    }

    private static JavaClass top(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

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
