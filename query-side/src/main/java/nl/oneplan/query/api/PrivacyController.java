package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.events.Category;
import nl.oneplan.events.ConsentForm;
import nl.oneplan.events.ConsentGiven;
import nl.oneplan.events.DenialRecorded;
import nl.oneplan.events.Recipient;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.access.TrajectoryReadPolicy;
import nl.oneplan.query.access.TrajectoryReadPolicy.Basis;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.access.TrajectoryReadPolicy.Reader;
import nl.oneplan.query.api.TrajectoryQueryController.TrajectoryNotFoundException;
import nl.oneplan.query.consent.ConsentHistories;
import nl.oneplan.query.consent.ConsentHistory;
import nl.oneplan.query.consent.LedgerEntry;
import nl.oneplan.query.plan.PlanView;
import nl.oneplan.query.plan.PlanViewRepository;
import nl.oneplan.rules.ConsentRule;
import nl.oneplan.rules.PurposeCatalogue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a privacy officer needs to prove that nothing about a family was shared without consent:
 * the consent state as of any moment, the disclosure ledger, the verification of every disclosure,
 * and the log of who read what. Every answer is itself logged as a read.
 */
@RestController
@ConsistentRead(Part.TIMELINE)
@RequestMapping(path = "/api/trajectories/{trajectoryId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Privacy")
public class PrivacyController {

    private final ConsentHistories histories;
    private final TrajectoryReadPolicy policy;
    private final AccessLog accessLog;
    private final Clock clock;
    private final PlanViewRepository views;

    private final PurposeCatalogue purposes;

    PrivacyController(ConsentHistories histories, TrajectoryReadPolicy policy, AccessLog accessLog, Clock clock,
                      PlanViewRepository views, PurposeCatalogue purposes) {
        this.purposes = purposes;
        this.histories = histories;
        this.policy = policy;
        this.accessLog = accessLog;
        this.clock = clock;
        this.views = views;
    }

    /** Who the ids in consent and the ledger are: the family's members and everyone involved. */
    public record Parties(List<Party> members, List<Party> involved) {
    }

    public record Party(UUID id, String name, String organisation) {
    }

    @GetMapping("/parties")
    @Operation(summary = "The names behind the ids in consent, ledger and verification: the family's members and "
            + "everyone involved (with their organisation)")
    public Parties parties(@PathVariable UUID trajectoryId) {
        readWhole(trajectoryId, "PARTIES");
        PlanView plan = views.find(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        return new Parties(plan.family().members().stream().map(member -> new Party(member.memberId(), member.name(),
                null)).toList(), plan.involved().stream().map(person -> new Party(person.participantId(),
                person.name(), person.organisation())).toList());
    }

    /** The consent state in force at a moment, as it was then known. */
    public record ConsentState(Instant asOf, Instant knownAt, List<ConsentRule.StateEntry> entries) {
    }

    public record VerificationReport(int disclosures, long covered, long statutory, long uncovered,
                                     long coveredRetroactively, long uncoveredLateWithdrawal,
                                     List<ConsentHistory.Verification> verifications) {
    }

    @GetMapping("/consents")
    @Operation(summary = "The consent state in force at asOf (valid time, default now), as OnePlan knew it at "
            + "knownAt (recorded time, default now): per member, recipient and category, permit or deny")
    public ConsentState consents(@PathVariable UUID trajectoryId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant asOf,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant knownAt) {
        ConsentHistory history = readWhole(trajectoryId, "CONSENTS");
        Instant validAt = asOf == null ? clock.instant() : asOf;
        Instant known = knownAt == null ? clock.instant() : knownAt;
        return new ConsentState(validAt, known, history.stateAt(validAt, known));
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

    @GetMapping("/consent-register")
    @Operation(summary = "What this family has consented to: per consent the members it is about, who signed, "
            + "the recipient, categories, purposes, period, form and document reference, and its status now "
            + "(ACTIVE, NOT_YET_VALID, EXPIRED, WITHDRAWN); and every denial with who decided it")
    public ConsentRegister consentRegister(@PathVariable UUID trajectoryId) {
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

    @GetMapping("/disclosures")
    @Operation(summary = "The disclosure ledger of the trajectory: who shared what with whom, when, on which "
            + "ground, and the attempts that were refused; recipient (a participant id or an organisation) narrows "
            + "it; format=csv exports it. A professional who does not coordinate reads only the entries they made")
    public List<LedgerEntry> disclosures(@PathVariable UUID trajectoryId,
                                         @RequestParam(required = false) String recipient) {
        return ledger(trajectoryId).stream()
                .filter(entry -> recipient == null || recipient.equals(String.valueOf(entry.recipient().participantId()))
                        || recipient.equalsIgnoreCase(entry.recipient().organisation()))
                .toList();
    }

    // The class produces JSON; a CSV asked for by name is a CSV, whatever the Accept header prefers.
    @GetMapping(path = "/disclosures", params = "format=csv", produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<String> disclosuresAsCsv(@PathVariable UUID trajectoryId) {
        List<LedgerEntry> entries = ledger(trajectoryId);
        return Csv.ledger(entries.stream().map(entry -> trajectoryId).toList(), entries,
                "disclosures-" + trajectoryId + ".csv");
    }

    @GetMapping("/verification")
    @Operation(summary = "Every disclosure re-evaluated from the events against the consent at its own moment")
    public VerificationReport verification(@PathVariable UUID trajectoryId) {
        List<ConsentHistory.Verification> verifications = readWhole(trajectoryId, "VERIFICATION").verify();
        return new VerificationReport(verifications.size(), count(verifications, ConsentHistory.Verdict.COVERED),
                count(verifications, ConsentHistory.Verdict.STATUTORY),
                count(verifications, ConsentHistory.Verdict.UNCOVERED),
                count(verifications, ConsentHistory.Verdict.COVERED_RETROACTIVELY),
                count(verifications, ConsentHistory.Verdict.UNCOVERED_LATE_WITHDRAWAL), verifications);
    }

    @GetMapping("/access-log")
    @Operation(summary = "Who read this family's data, when and through which view (privacy officers)")
    public List<AccessLog.Entry> accessLog(@PathVariable UUID trajectoryId) {
        Reader reader = reader(trajectoryId);
        if (!reader.audits()) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        histories.of(trajectoryId).orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        accessLog.record(reader, trajectoryId, "ACCESS_LOG");
        return accessLog.of(trajectoryId);
    }

    @GetMapping(path = "/access-log", params = "format=csv", produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<String> accessLogAsCsv(@PathVariable UUID trajectoryId) {
        return Csv.accessLog(accessLog(trajectoryId), "access-log-" + trajectoryId + ".csv");
    }

    /** The ledger as the reader may read it: a professional who does not coordinate, the entries they made. */
    private List<LedgerEntry> ledger(UUID trajectoryId) {
        Reader reader = reader(trajectoryId);
        List<LedgerEntry> entries = LedgerEntry.of(history(reader, trajectoryId, "DISCLOSURES"));
        if (reader.basis() != Basis.INVOLVED) {
            return entries;
        }
        return entries.stream().filter(entry -> entry.source() != null
                && reader.user().userId().equals(entry.source().userId())).toList();
    }

    /** Consent, names and verification are the coordinator's and the privacy officer's. */
    private ConsentHistory readWhole(UUID trajectoryId, String view) {
        Reader reader = reader(trajectoryId);
        if (reader.basis() == Basis.INVOLVED) {
            throw new TrajectoryNotFoundException(trajectoryId);
        }
        return history(reader, trajectoryId, view);
    }

    private Reader reader(UUID trajectoryId) {
        return policy.reader(CurrentUser.get().orElse(null), trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
    }

    private ConsentHistory history(Reader reader, UUID trajectoryId, String view) {
        ConsentHistory history = histories.of(trajectoryId)
                .orElseThrow(() -> new TrajectoryNotFoundException(trajectoryId));
        accessLog.record(reader, trajectoryId, view);
        return history;
    }

    private static long count(List<ConsentHistory.Verification> verifications, ConsentHistory.Verdict verdict) {
        return verifications.stream().filter(verification -> verification.verdict() == verdict).count();
    }
}
