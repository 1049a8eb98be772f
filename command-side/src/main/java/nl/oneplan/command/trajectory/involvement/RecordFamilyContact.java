package nl.oneplan.command.trajectory.involvement;


import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordFamilyContact(@TargetAggregateIdentifier UUID trajectoryId, String address, String placeOfResidence,
                                  String phone, String email, String importantInformation) {
}
