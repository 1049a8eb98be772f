package nl.oneplan.events;

/** The registration route, with the agency's name when an agency registered the family. */
public record Registration(RegistrationRoute route, String agency) {
}
