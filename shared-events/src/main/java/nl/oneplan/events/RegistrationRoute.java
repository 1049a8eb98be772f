package nl.oneplan.events;

/** How the family came to 1Gezin1Plan: on its own question, or registered by an agency. */
public enum RegistrationRoute {
    SELF, SCHOOL, GP, VEILIG_THUIS, YOUTH_HEALTH_CARE, OTHER_AGENCY;

    public boolean isAgency() {
        return this != SELF;
    }
}
