package nl.oneplan.query.api;

import nl.oneplan.query.access.TrajectoryReadPolicy.Part;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query controller whose endpoints honour a consistency token: a request that carries
 * one waits until the named read model contains the command it came from, as far as the caller
 * may see it (see {@link ConsistencyGate}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ConsistentRead {
    /** The read model whose version the token is checked against. */
    Part value();
}
