package nl.oneplan.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Metrics;
import nl.oneplan.app.web.RejectedRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problem details written by filters and the error paths, before or outside a controller. */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String code, String detail) throws IOException {
        write(request, response, status, code, detail, null);
    }

    /** The same, naming the one field (or header) to blame. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String code, String detail, String field) throws IOException {
        // The same members as the API's other problems; ProblemDetail itself needs Spring's mixin to flatten.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        if (field != null) {
            problem.put("field", field);
        }
        response.setStatus(status.value());
        securityHeaders(response);
        Metrics.counter(RejectedRequests.METRIC, "code", code, "status", String.valueOf(status.value())).increment();
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The headers every answer carries, set here too because a filter may answer before Spring
     * Security's header writer has run (a body too large, a content type refused).
     */
    public static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }
}
