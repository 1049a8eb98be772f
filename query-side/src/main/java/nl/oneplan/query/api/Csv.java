package nl.oneplan.query.api;

import nl.oneplan.events.Category;
import nl.oneplan.events.Purpose;
import nl.oneplan.query.access.AccessLog;
import nl.oneplan.query.consent.LedgerEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** CSV exports of the ledger and the access log (RFC 4180: comma separated, quoted where needed). */
final class Csv {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private Csv() {
    }

    static ResponseEntity<String> ledger(List<UUID> trajectories, List<LedgerEntry> entries, String filename) {
        StringBuilder csv = new StringBuilder("entryId,trajectoryId,action,outcome,sharedAt,recordedAt,sourceUserId,"
                + "sourceName,sourceRoles,sourceOrganisation,recipientParticipantId,recipientOrganisation,"
                + "subjectMemberIds,categories,purpose,channel,consents,statutoryGround,uncovered\r\n");
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            LedgerEntry.Source source = entry.source();
            row(csv, entry.entryId(), trajectories.get(i), entry.action(), entry.outcome(), entry.sharedAt(),
                    entry.recordedAt(), source == null ? null : source.userId(), source == null ? null : source.name(),
                    source == null ? null : source.roles(), source == null ? null : source.organisation(),
                    entry.recipient().participantId(), entry.recipient().organisation(),
                    join(entry.subjectMemberIds()), categories(entry.categories()), purpose(entry.purpose()), entry.channel(),
                    entry.consents().stream().map(consent -> consent.consentId() + "@" + consent.version())
                            .collect(Collectors.joining(";")),
                    entry.statutoryGround() == null ? null : entry.statutoryGround().code(),
                    entry.uncovered().stream().map(pair -> pair.memberId() + ":" + categories(List.of(pair.category()))
                            + ":" + pair.reason()).collect(Collectors.joining(";")));
        }
        return attachment(csv, filename);
    }

    static ResponseEntity<String> accessLog(List<AccessLog.Entry> entries, String filename) {
        StringBuilder csv = new StringBuilder("entryId,readAt,userId,userName,userRole,userOrganisation,trajectoryId,"
                + "view,basis\r\n");
        for (AccessLog.Entry entry : entries) {
            row(csv, entry.entryId(), entry.readAt(), entry.userId(), entry.userName(), entry.userRole(),
                    entry.userOrganisation(), entry.trajectoryId(), entry.view(), entry.basis());
        }
        return attachment(csv, filename);
    }

    private static ResponseEntity<String> attachment(StringBuilder csv, String filename) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(csv.toString());
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static String categories(List<Category> categories) {
        return categories.stream().map(category -> category.type() + (category.lifeDomain() == null ? ""
                : "/" + category.lifeDomain())).collect(Collectors.joining(";"));
    }

    /** The purpose code, with its description where there is one ("OTHER: buurtsportcoach"). */
    private static String purpose(Purpose purpose) {
        return purpose == null ? null : purpose.text() == null ? purpose.code() : purpose.code() + ": " + purpose.text();
    }

    private static void row(StringBuilder csv, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String value = values[i] == null ? "" : values[i].toString();
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = "\"" + value.replace("\"", "\"\"") + "\"";
            }
            csv.append(value);
        }
        csv.append("\r\n");
    }
}
