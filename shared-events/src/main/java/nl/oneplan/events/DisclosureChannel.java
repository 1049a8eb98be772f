package nl.oneplan.events;

/** How information left the trajectory; a consultation between professionals about the family counts too. */
public enum DisclosureChannel {
    ROUND_TABLE, EMAIL, PHONE, PLAN_COPY, CONSULTATION, OTHER
}
