package nl.oneplan.app.web;

import nl.oneplan.app.security.ProblemResponses;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What Tomcat refuses before any servlet sees it (a malformed URL, a header too large) answers as
 * problem+json with a code and the security headers, like everything else, instead of Tomcat's
 * HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 431 -> "HEADERS_TOO_LARGE";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_REJECTED";
        };
        String detail = status >= 500 ? "OnePlan could not handle this request; nothing was stored."
                : "the request is malformed (its address, headers or size) and was refused before it was read";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            ProblemResponses.securityHeaders(response);
            // Nothing of the UI is served here: this answer may load nothing at all.
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + status + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the answer already started: nothing more to tell.
        }
    }
}
