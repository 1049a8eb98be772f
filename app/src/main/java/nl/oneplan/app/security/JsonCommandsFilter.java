package nl.oneplan.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Every state-changing call of the API says it sends JSON, with or without a body. A form or a
 * text/plain request is one a browser sends cross-site without asking first; refusing it here,
 * once, keeps any such request from changing anything, whatever the endpoint does with a body.
 */
final class JsonCommandsFilter extends OncePerRequestFilter {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !CHANGING.contains(request.getMethod())
                // A DELETE carries no body to misread.
                || ("DELETE".equals(request.getMethod()) && request.getContentType() == null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isJson(request.getContentType())) {
            ProblemResponses.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "send commands as application/json (Content-Type: application/json)");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardSubtype()
                    || "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType());
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }
}
