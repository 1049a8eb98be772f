package nl.oneplan.command.trajectory.consent;

import nl.oneplan.events.MemberRole;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who may consent to sharing information about a family member: the Dutch default. Under 12 a
 * parent or guardian with custody decides; from 12 to 15 the child and a parent or guardian with
 * custody both consent; from 16 the person decides alone. Age counts on the day consent is given.
 * Refusals name the signature that is missing.
 */
public class ConsentAuthorityPolicy {

    /** What the policy needs to know of a member. */
    public record Person(UUID memberId, String name, LocalDate dateOfBirth, MemberRole role, boolean custody) {
        public boolean decidesForChildren() {
            return custody && role.canHoldCustody();
        }
    }

    /** Whose consent a signature stands for. */
    public enum Signer {
        /** The member themself: alone from 16, together with a custodian from 12 to 15. */
        SELF,
        /** A parent or guardian with custody, for a member under 16. */
        CUSTODIAN
    }

    /** A signature that is missing: about whom, how old they are that day, and whose it must be. */
    public record MissingSignature(UUID memberId, String member, int age, Signer signer) {
        public String describe() {
            return member + " (" + age + "): " + (signer == Signer.SELF
                    ? (age >= 16 ? "decides alone: their own consent is missing" : "the child's own consent is missing")
                    : "the consent of a parent or guardian with custody is missing");
        }
    }

    /**
     * The signatures missing for consent about {@code subject} given by {@code signers} on
     * {@code day}; empty if none.
     */
    public List<MissingSignature> missingSignatures(Person subject, Collection<Person> signers, LocalDate day) {
        int age = Period.between(subject.dateOfBirth(), day).getYears();
        boolean self = signers.stream().anyMatch(signer -> signer.memberId().equals(subject.memberId()));
        boolean custodian = signers.stream().anyMatch(Person::decidesForChildren);
        List<MissingSignature> missing = new ArrayList<>();
        if (age >= 12 && !self) {
            missing.add(new MissingSignature(subject.memberId(), subject.name(), age, Signer.SELF));
        }
        if (age < 16 && !custodian) {
            missing.add(new MissingSignature(subject.memberId(), subject.name(), age, Signer.CUSTODIAN));
        }
        return missing;
    }

    /**
     * Who may forbid sharing about {@code subject}: the member from 12 on, or a parent or guardian
     * with custody while the member is under 16. A denial only ever protects the member.
     */
    public boolean mayDeny(Person subject, Collection<Person> deciders, LocalDate day) {
        int age = Period.between(subject.dateOfBirth(), day).getYears();
        boolean self = deciders.stream().anyMatch(decider -> decider.memberId().equals(subject.memberId()));
        boolean custodian = deciders.stream().anyMatch(Person::decidesForChildren);
        return (age >= 12 && self) || (age < 16 && custodian);
    }
}
