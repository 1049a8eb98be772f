package nl.oneplan.app.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.oneplan.app.security.ProblemResponses;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * What the servlet container forwards to {@code /error} (a failure outside Spring MVC, such as in
 * a filter) answers as problem+json like the rest of the API, with a code by status and never the
 * internals. Asked for directly, there is no error to tell of: 404.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Map<Integer, String> CODES = Map.of(
            400, "BAD_REQUEST",
            401, "UNAUTHENTICATED",
            403, "FORBIDDEN",
            404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED",
            413, "PAYLOAD_TOO_LARGE",
            415, "UNSUPPORTED_MEDIA_TYPE",
            503, "SERVICE_UNAVAILABLE");

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status.is5xxServerError()
                ? "OnePlan could not handle this request; nothing was stored." : status.getReasonPhrase());
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE
                ? "INTERNAL_ERROR" : CODES.getOrDefault(status.value(), "REQUEST_REJECTED"));
        // An error dispatch can come from a refusal before Spring Security wrote its headers (the firewall).
        ProblemResponses.securityHeaders(response);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
