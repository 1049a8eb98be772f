package nl.oneplan.command;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Entry point of the command side for the composition root: importing this configuration
 * registers the aggregates, their command handlers and the command REST API.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = CommandSideConfiguration.class)
public class CommandSideConfiguration {
}
