package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.Category;
import nl.oneplan.events.Purpose;
import nl.oneplan.events.Recipient;
import nl.oneplan.events.StatutoryGround;

import java.util.List;
import java.util.UUID;

/** The shape of what consents, denials and disclosures name: members, a recipient, categories, a ground. */
final class ConsentInput {

    private ConsentInput() {
    }

    /** The members a consent or denial is about or given by: at least one. */
    static void subjects(InputChecks in, List<UUID> memberIds, String field) {
        in.notEmpty(memberIds, field, field + " names at least one member");
    }

    /** A participant by id, or an organisation by name: exactly one of the two. */
    static Recipient recipient(InputChecks in, Recipient recipient) {
        if (recipient == null || (recipient.participantId() == null) == (recipient.organisation() == null
                || recipient.organisation().isBlank())) {
            in.refuse(ErrorCode.RECIPIENT_REQUIRED, "recipient",
                    "name the recipient: a participantId or an organisation");
            return recipient;
        }
        if (recipient.participantId() != null) {
            return Recipient.participant(recipient.participantId());
        }
        return Recipient.organisation(in.required(recipient.organisation(), "recipient.organisation",
                InputChecks.SHORT));
    }

    /** At least one category; only goals and agreements are narrowed to a life domain. */
    static List<Category> categories(InputChecks in, List<Category> categories) {
        if (in.notEmpty(categories, "categories", "name at least one category") == null || categories.isEmpty()) {
            return categories;
        }
        for (Category category : categories) {
            if (in.present(category, "categories") != null && in.present(category.type(), "categories.type") != null
                    && category.lifeDomain() != null && !category.type().hasLifeDomains()) {
                in.refuse(ErrorCode.LIFE_DOMAIN_NOT_APPLICABLE, "categories.lifeDomain",
                        "only goals and agreements are narrowed to a life domain");
            }
        }
        return List.copyOf(categories);
    }

    /** A purpose's own words (for OTHER) are one description; the catalogue decides the code. */
    static Purpose purpose(InputChecks in, Purpose purpose, String field) {
        if (purpose == null || purpose.text() == null) {
            return purpose;
        }
        return new Purpose(purpose.code(), in.optional(purpose.text(), field + ".text", InputChecks.DESCRIPTION));
    }

    static List<Purpose> purposes(InputChecks in, List<Purpose> purposes) {
        if (purposes == null || purposes.isEmpty()) {
            in.refuse(ErrorCode.PURPOSE_REQUIRED, "purposes", "name at least one purpose the family consents to");
            return purposes;
        }
        return purposes.stream().map(purpose -> purpose(in, purpose, "purposes")).toList();
    }

    /** Sharing without consent names the law, why, who decided, and when the family was told or why not. */
    static StatutoryGround statutoryGround(InputChecks in, StatutoryGround ground) {
        if (ground == null) {
            return null;
        }
        String code = in.required(ground.code(), "statutoryGround.code", InputChecks.SHORT);
        String justification = in.required(ground.justification(), "statutoryGround.justification",
                InputChecks.DESCRIPTION);
        String decidedBy = in.required(ground.decidedBy(), "statutoryGround.decidedBy", InputChecks.SHORT);
        String informedOrWhyNot = in.optional(ground.familyNotInformedReason(),
                "statutoryGround.familyNotInformedReason", InputChecks.DESCRIPTION);
        if (ground.familyInformedAt() == null && informedOrWhyNot == null) {
            in.refuse(ErrorCode.FIELD_REQUIRED, "statutoryGround.familyNotInformedReason",
                    "say when the family was told, or why not");
        }
        return new StatutoryGround(code, justification, decidedBy, ground.familyInformedAt(), informedOrWhyNot);
    }
}
