package nl.oneplan.command.trajectory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An id the server gives what a command creates (a trajectory, a member, a consent, …). The
 * command API fills it in when it binds the request body; a value the client sends is ignored,
 * so nobody can pick the id of something another request created.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface NewId {
}
