package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.consent.ConsentAuthorityPolicy.Person;
import nl.oneplan.events.MemberRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentAuthorityPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final ConsentAuthorityPolicy policy = new ConsentAuthorityPolicy();

    private static final Person PARENT = new Person(UUID.randomUUID(), "Petra", LocalDate.of(1985, 1, 1),
            MemberRole.PARENT, true);
    private static final Person PARENT_WITHOUT_CUSTODY = new Person(UUID.randomUUID(), "Kees",
            LocalDate.of(1984, 1, 1), MemberRole.PARENT, false);
    private static final Person GUARDIAN = new Person(UUID.randomUUID(), "Voogd", LocalDate.of(1970, 1, 1),
            MemberRole.GUARDIAN, true);

    /**
     * A child whose {@code age}th birthday was {@code daysSince} days before the day of consent:
     * 0 is a birthday on the day itself, -1 a birthday the day after (so one year younger).
     */
    private static Person child(int age, int daysSince) {
        return new Person(UUID.randomUUID(), "Kind", DAY.minusYears(age).minusDays(daysSince), MemberRole.CHILD,
                false);
    }

    @ParameterizedTest(name = "{0}th birthday {1} days before, signed by {2}: {3} missing")
    @CsvSource({
            // age, days since that birthday, signers, signatures missing
            "11, 1, PARENT, 0",
            "11, 1, SELF, 1",
            "11, 1, PARENT_WITHOUT_CUSTODY, 1",
            "11, 1, GUARDIAN, 0",
            "12, 0, PARENT, 1",
            "12, 0, SELF, 1",
            "12, 0, SELF+PARENT, 0",
            "12, -1, PARENT, 0",
            "15, 1, SELF+GUARDIAN, 0",
            "15, 1, SELF+PARENT_WITHOUT_CUSTODY, 1",
            "16, 0, SELF, 0",
            "16, 0, PARENT, 1",
            "16, -1, PARENT, 1",
            "16, -1, SELF+PARENT, 0",
            "17, 1, SELF, 0"
    })
    void theDutchRuleByAgeOnTheDayOfConsent(int age, int daysSince, String signerNames, int missing) {
        Person subject = child(age, daysSince);
        List<Person> signers = new ArrayList<>();
        for (String name : signerNames.split("\\+")) {
            signers.add(switch (name) {
                case "SELF" -> subject;
                case "PARENT" -> PARENT;
                case "GUARDIAN" -> GUARDIAN;
                case "PARENT_WITHOUT_CUSTODY" -> PARENT_WITHOUT_CUSTODY;
                default -> throw new IllegalArgumentException(name);
            });
        }
        assertThat(policy.missingSignatures(subject, signers, DAY)).hasSize(missing);
    }

    @ParameterizedTest(name = "{0} years, decided by {1}: may deny {2}")
    @CsvSource({
            "8, PARENT, true", "8, SELF, false", "13, SELF, true", "13, PARENT, true", "16, PARENT, false",
            "16, SELF, true"
    })
    void whoMayForbidSharing(int age, String decider, boolean mayDeny) {
        Person subject = child(age, 1);
        Person who = decider.equals("SELF") ? subject : PARENT;
        assertThat(policy.mayDeny(subject, List.of(who), DAY)).isEqualTo(mayDeny);
    }

    @org.junit.jupiter.api.Test
    void aRefusalNamesTheMissingSignature() {
        ConsentAuthorityPolicy.Person child = child(13, 1);
        assertThat(policy.missingSignatures(child, List.of(PARENT), DAY)).containsExactly(
                new ConsentAuthorityPolicy.MissingSignature(child.memberId(), "Kind", 13,
                        ConsentAuthorityPolicy.Signer.SELF));
        assertThat(policy.missingSignatures(child, List.of(PARENT), DAY).get(0).describe())
                .isEqualTo("Kind (13): the child's own consent is missing");
        assertThat(policy.missingSignatures(child, List.of(), DAY)).extracting(
                ConsentAuthorityPolicy.MissingSignature::signer).containsExactly(ConsentAuthorityPolicy.Signer.SELF,
                ConsentAuthorityPolicy.Signer.CUSTODIAN);
    }
}
