package nl.oneplan.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.oneplan.app.security.ProblemResponses;
import nl.oneplan.app.security.RequestSizeLimitFilter;
import nl.oneplan.events.ActingUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Every command may carry an {@code Idempotency-Key}: the first request with a key is carried out
 * and its answer kept (per user, 24 hours, in the database, so across restarts and command
 * nodes); the same key with the same request answers that first answer again
 * ({@code Idempotent-Replayed: true}) and stores nothing; the same key with another request is
 * {@code 422 IDEMPOTENCY_KEY_REUSED}; while the first is still running, {@code 409
 * IDEMPOTENCY_IN_PROGRESS}. A copy of the plan is idempotent in the trajectory itself and is
 * left to it.
 */
public class IdempotentCommands extends OncePerRequestFilter {

    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Duration KEPT = Duration.ofHours(24);
    /** A first request that never finished (its process died) stops blocking its key after this. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotentCommands(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader("Idempotency-Key") == null || !COMMANDS.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getRequestURI().endsWith("/copies");
    }

    private record Kept(String fingerprint, String state, Integer status, String type, String token,
                        String location, String body, Timestamp createdAt) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader("Idempotency-Key");
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID",
                    "an Idempotency-Key is 1 to 200 visible ASCII characters");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestSizeLimitFilter.TooLargeException tooLarge) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge.getMessage());
            return;
        }
        String user = user();
        String fingerprint = fingerprint(request, body);
        if (!claim(user, key, fingerprint)) {
            Kept kept = kept(user, key);
            if (kept == null) {
                refuse(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_IN_PROGRESS",
                        "a request with this Idempotency-Key is being carried out; ask again shortly");
            } else if (!kept.fingerprint().equals(fingerprint)) {
                refuse(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                        "this Idempotency-Key was used for another request; use a new key for a new request");
            } else if (!"DONE".equals(kept.state())) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                refuse(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_IN_PROGRESS",
                        "a request with this Idempotency-Key is being carried out; ask again shortly");
            } else {
                replay(response, kept);
            }
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new Body(request, body), answer);
            // A failure of ours (5xx) stored nothing for sure; let the client try the key again.
            if (answer.getStatus() < 500) {
                keep(user, key, answer);
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.update("DELETE FROM command_idempotency WHERE user_id = ? AND idempotency_key = ?", user, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private boolean claim(String user, String key, String fingerprint) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("DELETE FROM command_idempotency WHERE user_id = ? AND idempotency_key = ? AND state = "
                + "'RUNNING' AND created_at < ?", user, key, Timestamp.from(clock.instant().minus(ABANDONED)));
        try {
            jdbc.update("INSERT INTO command_idempotency (user_id, idempotency_key, fingerprint, state, created_at) "
                    + "VALUES (?, ?, ?, 'RUNNING', ?)", user, key, fingerprint, now);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    private Kept kept(String user, String key) {
        List<Kept> rows = jdbc.query("SELECT fingerprint, state, response_status, response_type, response_token, "
                        + "response_location, response_body, created_at FROM command_idempotency "
                        + "WHERE user_id = ? AND idempotency_key = ?",
                (rs, row) -> new Kept(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8)), user, key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void keep(String user, String key, ContentCachingResponseWrapper answer) {
        jdbc.update("UPDATE command_idempotency SET state = 'DONE', response_status = ?, response_type = ?, "
                        + "response_token = ?, response_location = ?, response_body = ? "
                        + "WHERE user_id = ? AND idempotency_key = ?", answer.getStatus(), answer.getContentType(),
                answer.getHeader("OnePlan-Consistency-Token"), answer.getHeader(HttpHeaders.LOCATION),
                new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8), user, key);
    }

    private static void replay(HttpServletResponse response, Kept kept) throws IOException {
        response.setStatus(kept.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (kept.token() != null) {
            response.setHeader("OnePlan-Consistency-Token", kept.token());
        }
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        if (kept.type() != null) {
            response.setContentType(kept.type());
        }
        if (kept.body() != null) {
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(kept.body());
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String code, String detail) throws IOException {
        ProblemResponses.write(request, response, status, code, detail, "Idempotency-Key");
    }

    /** The same request: method, path, query and body. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActingUser actor
                ? actor.userId() : "";
    }

    /** Keys are kept a day; older answers are let go (called on a schedule). */
    public int forgetOlderThanADay() {
        return jdbc.update("DELETE FROM command_idempotency WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
    }

    /** The body read once for the fingerprint, handed on to be read again. */
    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] bytes, int offset, int length) {
                    return in.read(bytes, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
