package nl.oneplan.query.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query controller whose endpoints honour a consistency token: a request that carries
 * one waits until the plan view contains the command it came from (see {@link ConsistencyGate}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ConsistentRead {
}
