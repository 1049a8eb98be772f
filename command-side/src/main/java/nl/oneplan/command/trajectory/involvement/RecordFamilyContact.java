package nl.oneplan.command.trajectory.involvement;

import nl.oneplan.command.trajectory.InputChecks;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordFamilyContact(@TargetAggregateIdentifier UUID trajectoryId, String address, String placeOfResidence,
                                  String phone, String email, String importantInformation) {

    public RecordFamilyContact {
        InputChecks in = new InputChecks();
        address = in.optional(address, "address", InputChecks.SHORT);
        placeOfResidence = in.optional(placeOfResidence, "placeOfResidence", InputChecks.SHORT);
        phone = in.phone(phone, "phone");
        email = in.email(email, "email");
        importantInformation = in.optional(importantInformation, "importantInformation", InputChecks.LONG);
        in.done();
    }
}
