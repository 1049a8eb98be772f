package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.NewId;
import nl.oneplan.command.trajectory.InputChecks;
import java.time.LocalDate;
import nl.oneplan.events.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RegisterFamilyMember(@TargetAggregateIdentifier UUID trajectoryId, @NewId UUID memberId, String name,
                                   LocalDate dateOfBirth, MemberRole role, Boolean custody) {

    public RegisterFamilyMember {
        InputChecks in = new InputChecks();
        in.present(memberId, "memberId");
        custody = Boolean.TRUE.equals(custody);
        name = MemberInput.check(in, name, dateOfBirth, role, custody);
        in.done();
    }
}
