package nl.oneplan.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    private static final String TRAJECTORY = "nl.oneplan.command.trajectory.";
    /** The parts of the trajectory aggregate, each owning its state and its event-sourcing handlers. */
    private static final Set<String> PARTS = Set.of("Involvement", "Plan", "RoundTables", "CareRecords",
            "ConsentRegister", "Closure");

    /**
     * A part answers from its own state: it reads no other part and not the root, so each can be
     * understood (and tested) alone. The root combines them.
     */
    @ArchTest
    static final ArchRule theTrajectorysPartsReachIntoNoOtherPart = classes()
            .that(DescribedPredicate.describe("are parts of the trajectory", ArchitectureTest::isPart))
            .should(new ArchCondition<JavaClass>("depend on no other part and not on the root") {
                @Override
                public void check(JavaClass part, ConditionEvents events) {
                    for (Dependency dependency : part.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        boolean otherPart = isPart(target) && !top(target).equals(top(part));
                        boolean root = top(target).getName().equals(TRAJECTORY + "FamilyTrajectory");
                        if (otherPart || root) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    private static boolean isPart(JavaClass type) {
        JavaClass top = top(type);
        return top.getPackageName().equals("nl.oneplan.command.trajectory") && PARTS.contains(top.getSimpleName());
    }

    private static JavaClass top(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
