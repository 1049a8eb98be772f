package nl.oneplan.app.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import nl.oneplan.app.security.RequestSizeLimitFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every error the API gives is RFC 9457 problem+json with a stable {@code code}. The sides map
 * their own failures; this handler covers what the web layer rejects before a side sees the
 * request (malformed JSON, a wrong type in a path, an unknown route or method) and, last, the
 * unexpected: logged with an id, answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final Map<Integer, String> CODES_BY_STATUS = Map.of(
            400, "BAD_REQUEST",
            404, "NOT_FOUND",
            405, "METHOD_NOT_ALLOWED",
            406, "NOT_ACCEPTABLE",
            413, "PAYLOAD_TOO_LARGE",
            415, "UNSUPPORTED_MEDIA_TYPE",
            503, "SERVICE_UNAVAILABLE");

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.TooLargeException tooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                        tooLarge.getMessage());
                problem.setTitle("Payload Too Large");
                problem.setProperty("code", "PAYLOAD_TOO_LARGE");
                return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is not valid JSON for this request");
        problem.setTitle("Bad Request");
        problem.setProperty("code", "MALFORMED_REQUEST");
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setProperty("field", field);
            problem.setDetail(field + ": " + describe(mapping));
            if (mapping instanceof StrictRequestJson.ContractViolation violation) {
                problem.setProperty("code", violation.code());
            } else if (mapping instanceof InvalidNullException) {
                problem.setProperty("code", "NULL_NOT_ALLOWED");
            }
        } else if (ex.getCause() instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                problem.setProperty("code", "DUPLICATE_KEY");
                problem.setProperty("field", duplicate.group(1));
                problem.setDetail(duplicate.group(1) + ": appears more than once in the request body");
            }
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                name + ": '" + ex.getValue() + "' is not a valid " + typeName(ex.getRequiredType()));
        problem.setTitle("Bad Request");
        problem.setProperty("code", "INVALID_PARAMETER");
        problem.setProperty("field", name);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ex.getParameterName() + ": required " + ex.getParameterType() + " parameter is missing");
        problem.setTitle("Bad Request");
        problem.setProperty("code", "MISSING_PARAMETER");
        problem.setProperty("field", ex.getParameterName());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Adds a code to the problem details Spring MVC builds for its own exceptions. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", CODES_BY_STATUS.getOrDefault(statusCode.value(), "REQUEST_REJECTED"));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** Anything a side did not map: an error of ours, not of the caller — or a database that does not answer. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (ex instanceof ErrorResponse errorResponse) {
            ProblemDetail problem = errorResponse.getBody();
            problem.setProperty("code", CODES_BY_STATUS.getOrDefault(problem.getStatus(), "REQUEST_REJECTED"));
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }
        if (DatabaseOutages.isOutage(ex)) {
            log.warn("The database does not answer: {}", DatabaseOutages.rootMessage(ex));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "the database does not answer; nothing was stored by this request, try again shortly");
            problem.setTitle("Service Unavailable");
            problem.setProperty("code", "DATABASE_UNAVAILABLE");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                    .body(problem);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "OnePlan could not handle this request; nothing was stored. Incident " + incident
                        + " is in the server log.");
        problem.setTitle("Internal Server Error");
        problem.setProperty("code", "INTERNAL_ERROR");
        problem.setProperty("incident", incident);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']*)'");

    private static String describe(JsonMappingException mapping) {
        if (mapping instanceof StrictRequestJson.ContractViolation violation) {
            return violation.getOriginalMessage();
        }
        if (mapping instanceof InvalidNullException) {
            return "holds a null where a value belongs";
        }
        if (mapping instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(target.getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not a valid " + typeName(target);
        }
        return "has the wrong type or shape";
    }

    private static String typeName(@Nullable Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "id (UUID)";
            case "LocalDate" -> "date (yyyy-mm-dd)";
            case "int", "Integer", "long", "Long" -> "whole number";
            default -> type.getSimpleName();
        };
    }
}
