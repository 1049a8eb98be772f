package nl.oneplan.query.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.access.AccessLogReader;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import nl.oneplan.query.consent.ConsentReader;
import nl.oneplan.query.consent.ConsentReader.ConsentRegister;
import nl.oneplan.query.consent.ConsentReader.ConsentState;
import nl.oneplan.query.consent.ConsentReader.Parties;
import nl.oneplan.query.consent.ConsentReader.VerificationReport;
import nl.oneplan.query.consent.LedgerEntry;
import nl.oneplan.query.consent.LedgerReader;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a privacy officer needs to prove that nothing about a family was shared without consent:
 * the consent state as of any moment, the disclosure ledger, the verification of every disclosure,
 * and the log of who read what. Every answer is itself logged as a read (by the readers).
 */
@RestController
@ConsistentRead(Part.TIMELINE)
@RequestMapping(path = "/api/trajectories/{trajectoryId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Privacy")
public class PrivacyController {

    private final ConsentReader consents;
    private final LedgerReader ledger;
    private final AccessLogReader accessLog;

    PrivacyController(ConsentReader consents, LedgerReader ledger, AccessLogReader accessLog) {
        this.consents = consents;
        this.ledger = ledger;
        this.accessLog = accessLog;
    }

    @GetMapping("/parties")
    @Operation(summary = "The names behind the ids in consent, ledger and verification: the family's members and "
            + "everyone involved (with their organisation)")
    public Parties parties(@PathVariable UUID trajectoryId) {
        return consents.parties(trajectoryId);
    }

    @GetMapping("/consents")
    @Operation(summary = "The consent state in force at asOf (valid time, default now), as OnePlan knew it at "
            + "knownAt (recorded time, default now): per member, recipient and category, permit or deny")
    public ConsentState consents(@PathVariable UUID trajectoryId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant asOf,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant knownAt) {
        return consents.consents(trajectoryId, asOf, knownAt);
    }

    @GetMapping("/consent-register")
    @Operation(summary = "What this family has consented to: per consent the members it is about, who signed, "
            + "the recipient, categories, purposes, period, form and document reference, and its status now "
            + "(ACTIVE, NOT_YET_VALID, EXPIRED, WITHDRAWN); and every denial with who decided it")
    public ConsentRegister consentRegister(@PathVariable UUID trajectoryId) {
        return consents.register(trajectoryId);
    }

    @GetMapping("/disclosures")
    @Operation(summary = "The disclosure ledger of the trajectory: who shared what with whom, when, on which "
            + "ground, and the attempts that were refused; recipient (a participant id or an organisation) narrows "
            + "it; format=csv exports it. A professional who does not coordinate reads only the entries they made")
    public List<LedgerEntry> disclosures(@PathVariable UUID trajectoryId,
                                         @RequestParam(required = false) String recipient) {
        return ledger.disclosures(trajectoryId, recipient);
    }

    // The class produces JSON; a CSV asked for by name is a CSV, whatever the Accept header prefers.
    @GetMapping(path = "/disclosures", params = "format=csv", produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<String> disclosuresAsCsv(@PathVariable UUID trajectoryId) {
        List<LedgerEntry> entries = ledger.disclosures(trajectoryId, null);
        return Csv.ledger(entries.stream().map(entry -> trajectoryId).toList(), entries,
                "disclosures-" + trajectoryId + ".csv");
    }

    @GetMapping("/verification")
    @Operation(summary = "Every disclosure re-evaluated from the events against the consent at its own moment")
    public VerificationReport verification(@PathVariable UUID trajectoryId) {
        return consents.verification(trajectoryId);
    }

    @GetMapping("/access-log")
    @Operation(summary = "Who read this family's data, when and through which view (privacy officers)")
    public List<AccessLog.Entry> accessLog(@PathVariable UUID trajectoryId) {
        return accessLog.of(trajectoryId);
    }

    @GetMapping(path = "/access-log", params = "format=csv", produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<String> accessLogAsCsv(@PathVariable UUID trajectoryId) {
        return Csv.accessLog(accessLog.of(trajectoryId), "access-log-" + trajectoryId + ".csv");
    }
}
