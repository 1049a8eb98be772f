package nl.oneplan.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Entry point of the query side for the composition root: importing this configuration
 * registers the projections (and so their event processors) and the query REST API.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = QuerySideConfiguration.class)
public class QuerySideConfiguration {
}
