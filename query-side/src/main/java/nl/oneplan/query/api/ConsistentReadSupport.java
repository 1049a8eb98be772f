package nl.oneplan.query.api;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.oneplan.query.access.CurrentUser;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the consistency token to every endpoint of a {@link ConsistentRead} controller before it
 * runs, and documents the token's header and parameter on those endpoints in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class ConsistentReadSupport implements WebMvcConfigurer {

    static final String PARAMETER = "consistencyToken";
    private static final String DESCRIPTION = "Consistency token from a command's answer: wait until the view "
            + "contains that command's change (at most a few seconds, then 503 PROJECTION_NOT_CAUGHT_UP)";

    private final ConsistencyGate gate;

    ConsistentReadSupport(ConsistencyGate gate) {
        this.gate = gate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (isConsistentRead(handler)) {
                    // Waited for without a thread (ConsistencyWaits), it is only left to say how it ended.
                    Object waited = request.getAttribute(ConsistencyWaits.OUTCOME);
                    if (ConsistencyWaits.CAUGHT_UP.equals(waited)) {
                        return true;
                    }
                    if (ConsistencyWaits.TIMED_OUT.equals(waited)) {
                        throw new ConsistencyGate.NotCaughtUpException(gate.timeout());
                    }
                    String header = request.getHeader(ConsistencyGate.HEADER);
                    gate.await(header != null ? header : request.getParameter(PARAMETER),
                            ((HandlerMethod) handler).getBeanType().getAnnotation(ConsistentRead.class).value(),
                            CurrentUser.get().orElse(null));
                }
                return true;
            }
        });
    }

    @Bean
    OperationCustomizer consistencyTokenParameters() {
        return (operation, handlerMethod) -> {
            if (isConsistentRead(handlerMethod)) {
                operation.addParametersItem(new HeaderParameter().name(ConsistencyGate.HEADER).required(false)
                        .description(DESCRIPTION).schema(new StringSchema()));
                operation.addParametersItem(new QueryParameter().name(PARAMETER).required(false)
                        .description(DESCRIPTION).schema(new StringSchema()));
            }
            return operation;
        };
    }

    private static boolean isConsistentRead(Object handler) {
        return handler instanceof HandlerMethod method
                && method.getBeanType().isAnnotationPresent(ConsistentRead.class);
    }
}
