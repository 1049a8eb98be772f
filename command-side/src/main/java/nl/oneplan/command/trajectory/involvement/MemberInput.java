package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.ErrorCode;
import nl.oneplan.command.trajectory.InputChecks;
import nl.oneplan.events.MemberRole;

import java.time.LocalDate;

/** The shape of a family member's details, as registered and as corrected. */
final class MemberInput {

    private MemberInput() {
    }

    /** Checks the details and answers the name as stored. */
    static String check(InputChecks in, String name, LocalDate dateOfBirth, MemberRole role, boolean custody) {
        String checked = in.required(name, "name", InputChecks.NAME);
        in.present(dateOfBirth, "dateOfBirth");
        in.present(role, "role");
        if (custody && role != null && !role.canHoldCustody()) {
            in.refuse(ErrorCode.CUSTODY_ONLY_FOR_PARENT_OR_GUARDIAN, "custody",
                    "only a parent or guardian can have custody");
        }
        return checked;
    }
}
