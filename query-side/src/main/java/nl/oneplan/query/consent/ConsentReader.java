package nl.oneplan.query.consent;

import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.Recipient;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.TrajectoryNotFoundException;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.access.TrajectoryReadPolicy.Basis;
import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import nl.oneplan.query.plan.PlanView;
import nl.oneplan.query.plan.PlanViewRepository;
import nl.oneplan.rules.ConsentRule;
import nl.oneplan.rules.PurposeCatalogue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a family's consent for the signed-in user: who the parties are, the consent state as of a
 * moment, the register of consents and denials, and every disclosure verified. These are the
 * coordinator's and the privacy officer's; every read is recorded in the {@link AccessLog}.
 */
@Component
public class ConsentReader {

    /** Who the ids in consent and the ledger are: the family's members and everyone involved. */
    public record Parties(List<Party> members, List<Party> involved) {
    }

    public record Party(UUID id, String name, String organisation) {
    }

    /** The consent state in force at a moment, as it was then known. */
    public record ConsentState(Instant asOf, Instant knownAt, List<ConsentRule.StateEntry> entries) {
    }

    public record VerificationReport(int disclosures, long covered, long statutory, long uncovered,
                                     long coveredRetroactively, long uncoveredLateWithdrawal,
                                     List<ConsentHistory.Verification> verifications) {
    }

    /** A purpose with its label as the catalogue names it. */
    public record PurposeLabel(String code, String text, String label) {
    }

    /** Everything about one consent a privacy officer asks for, with names. */
    public record ConsentRecord(UUID consentId, String status, List<Party> about, List<Party> givenBy,
                                Party recipient, List<Category> categories, List<PurposeLabel> purposes,
                                Instant validFrom, Instant validUntil, Instant withdrawnAsOf, ConsentForm form,
                                String documentReference, Instant recordedAt, String recordedBy) {
    }

    public record DenialRecord(UUID denialId, List<Party> about, List<Party> decidedBy, Party recipient,
                               List<Category> categories, Instant effectiveFrom, Instant recordedAt,
                               String recordedBy) {
    }

    /** What this family has consented to and refused, every consent with its status now. */
    public record ConsentRegister(Instant asOf, List<ConsentRecord> consents, List<DenialRecord> denials) {
    }

    private final ConsentHistories histories;
    private final TrajectoryReadPolicy policy;
    private final AccessLog accessLog;
    private final PlanViewRepository views;
    private final PurposeCatalogue purposes;
    private final Clock clock;

    ConsentReader(ConsentHistories histories, TrajectoryReadPolicy policy, AccessLog accessLog,
                  PlanViewRepository views, PurposeCatalogue purposes, Clock clock) {
        this.histories = histories;
        this.policy = policy;
        this.accessLog = accessLog;
        this.views = views;
        this.purposes = purposes;
        this.clock = clock;
    }

    /** The family's members and everyone involved, by id with their names. */
    public Parties parties(UUID trajectoryId) {
        readWhole(trajectoryId, "PARTIES");
        PlanView plan = views.find(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        return new Parties(plan.family().members().stream().map(member -> new Party(member.memberId(), member.name(),
                null)).toList(), plan.involved().stream().map(person -> new Party(person.participantId(),
                person.name(), person.organisation())).toList());
    }

    /** The consent state in force at {@code asOf}, as known at {@code knownAt}; either null means now. */
    public ConsentState consents(UUID trajectoryId, Instant asOf, Instant knownAt) {
        ConsentHistory history = readWhole(trajectoryId, "CONSENTS");
        Instant validAt = asOf == null ? clock.instant() : asOf;
        Instant known = knownAt == null ? clock.instant() : knownAt;
        return new ConsentState(validAt, known, history.stateAt(validAt, known));
    }

    /** Every consent with its status now, and every denial, with names. */
    public ConsentRegister register(UUID trajectoryId) {
        ConsentHistory history = readWhole(trajectoryId, "CONSENT_REGISTER");
        PlanView plan = views.find(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        Instant now = clock.instant();
        List<ConsentRecord> consents = new ArrayList<>();
        List<DenialRecord> denials = new ArrayList<>();
        for (ConsentHistory.Recorded recorded : history.consentEvents()) {
            String by = recorded.recordedBy() == null ? null : recorded.recordedBy().displayName();
            if (recorded.event() instanceof ConsentGiven given) {
                Instant withdrawn = history.rule().withdrawalEffectiveAt(given.consentId()).orElse(null);
                Instant end = history.rule().end(given.consentId(), Instant.MAX);
                String status = withdrawn != null && !now.isBefore(withdrawn) ? "WITHDRAWN"
                        : now.isBefore(given.validFrom()) ? "NOT_YET_VALID"
                        : end != null && !now.isBefore(end) ? "EXPIRED" : "ACTIVE";
                consents.add(new ConsentRecord(given.consentId(), status, members(plan, given.aboutMemberIds()),
                        members(plan, given.givenByMemberIds()), recipient(plan, given.recipient()),
                        given.categories(), given.purposes().stream().map(purpose -> new PurposeLabel(purpose.code(),
                                purpose.text(), purposes.labelNl(purpose))).toList(), given.validFrom(),
                        given.validUntil(), withdrawn, given.form(), given.documentReference(),
                        recorded.recordedAt(), by));
            } else if (recorded.event() instanceof DenialRecorded denial) {
                denials.add(new DenialRecord(denial.denialId(), members(plan, denial.aboutMemberIds()),
                        members(plan, denial.decidedByMemberIds()), recipient(plan, denial.recipient()),
                        denial.categories(), denial.effectiveFrom(), recorded.recordedAt(), by));
            }
        }
        return new ConsentRegister(now, consents, denials);
    }

    /** Every disclosure re-evaluated against the consent at its own moment, counted per verdict. */
    public VerificationReport verification(UUID trajectoryId) {
        List<ConsentHistory.Verification> verifications = readWhole(trajectoryId, "VERIFICATION").verify();
        return new VerificationReport(verifications.size(), count(verifications, ConsentHistory.Verdict.COVERED),
                count(verifications, ConsentHistory.Verdict.STATUTORY),
                count(verifications, ConsentHistory.Verdict.UNCOVERED),
                count(verifications, ConsentHistory.Verdict.COVERED_RETROACTIVELY),
                count(verifications, ConsentHistory.Verdict.UNCOVERED_LATE_WITHDRAWAL), verifications);
    }

    private static List<Party> members(PlanView plan, List<UUID> ids) {
        return ids.stream().map(id -> new Party(id, plan.family().members().stream()
                .filter(member -> member.memberId().equals(id)).map(PlanView.Member::name).findFirst()
                .orElse(null), null)).toList();
    }

    private static Party recipient(PlanView plan, Recipient recipient) {
        if (recipient.participantId() == null) {
            return new Party(null, null, recipient.organisation());
        }
        return plan.involved().stream().filter(person -> person.participantId().equals(recipient.participantId()))
                .map(person -> new Party(person.participantId(), person.name(), person.organisation())).findFirst()
                .orElse(new Party(recipient.participantId(), null, null));
    }

    /** Consent, names and verification are the coordinator's and the privacy officer's. */
    private ConsentHistory readWhole(UUID trajectoryId, String view) {
        Reader reader = policy.currentReader(trajectoryId);
        if (reader.basis() == Basis.INVOLVED) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        ConsentHistory history = histories.of(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        accessLog.record(reader, trajectoryId, view);
        return history;
    }

    private static long count(List<ConsentHistory.Verification> verifications, ConsentHistory.Verdict verdict) {
        return verifications.stream().filter(verification -> verification.verdict() == verdict).count();
    }
}
