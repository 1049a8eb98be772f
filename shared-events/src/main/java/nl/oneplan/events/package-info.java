/**
 * The published language of OnePlan: immutable event records and the value types they carry.
 * Both the command side and the query side depend on this package and on nothing of each other.
 * Every event is a record named in the past tense, with the trajectory id as first component and
 * a {@code @Revision}; a changed shape gets a new revision and an upcaster for the old one.
 */
package nl.oneplan.events;
