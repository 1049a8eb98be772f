package nl.oneplan.app.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts every refusal the API answers, by its stable code and status
 * ({@code oneplan_requests_rejected_total{code,status}}): what clients get wrong, and what an attack
 * looks like, at a glance. Filters that answer themselves count in {@code ProblemResponses}.
 */
@RestControllerAdvice
public class RejectedRequests implements ResponseBodyAdvice<Object> {

    public static final String METRIC = "oneplan.requests.rejected";

    private final MeterRegistry registry;

    RejectedRequests(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            Object code = problem.getProperties() == null ? null : problem.getProperties().get("code");
            registry.counter(METRIC, "code", code == null ? "NONE" : code.toString(),
                    "status", String.valueOf(problem.getStatus())).increment();
        }
        return body;
    }
}
