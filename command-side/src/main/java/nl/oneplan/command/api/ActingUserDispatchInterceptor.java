package nl.oneplan.command.api;

import nl.oneplan.events.ActingUser;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command with the signed-in user, taken from the security context on the server:
 * whatever a request body says about its author is never used. Correlation data providers carry
 * these metadata entries on to every event the command causes.
 */
@Component
public class ActingUserDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ActingUser actor)) {
            // Blank out any actor a command arrived with: only the security context names one.
            return (index, command) -> command.andMetaData(Map.of(ActingUser.USER_ID, ""));
        }
        return (index, command) -> command.andMetaData(actor.toMetaData());
    }
}
