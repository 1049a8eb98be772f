package nl.oneplan.command.trajectory.consent;

import nl.oneplan.command.trajectory.DomainException;
import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.events.Purpose;
import nl.oneplan.rules.PurposeCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A purpose of sharing is one the catalogue knows; OTHER carries its own words. */
public final class PurposeRules {

    private PurposeRules() {
    }

    public static List<Purpose> assertKnown(List<Purpose> purposes, PurposeCatalogue catalogue) {
        List<Purpose> checked = new ArrayList<>();
        for (Purpose purpose : purposes) {
            Purpose valid = assertKnown(purpose, "purposes", catalogue);
            if (!checked.contains(valid)) {
                checked.add(valid);
            }
        }
        return List.copyOf(checked);
    }

    public static Purpose assertKnown(Purpose purpose, String field, PurposeCatalogue catalogue) {
        Optional<PurposeCatalogue.Problem> problem = catalogue.check(purpose);
        if (problem.isPresent()) {
            throw switch (problem.get()) {
                case PURPOSE_REQUIRED -> new DomainException(ErrorCode.PURPOSE_REQUIRED, field,
                        "name the purpose: one of " + codes(catalogue));
                case PURPOSE_UNKNOWN -> new DomainException(ErrorCode.PURPOSE_UNKNOWN, field,
                        "no purpose " + purpose.code() + "; the purposes are " + codes(catalogue));
                case PURPOSE_TEXT_REQUIRED -> new DomainException(ErrorCode.PURPOSE_TEXT_REQUIRED, field + ".text",
                        "describe the other purpose");
            };
        }
        return new Purpose(purpose.code(), Purpose.OTHER.equals(purpose.code()) ? purpose.text() : null);
    }

    private static String codes(PurposeCatalogue catalogue) {
        return String.join(", ", catalogue.entries().stream().map(PurposeCatalogue.Entry::code).toList());
    }
}
