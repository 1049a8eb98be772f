package nl.oneplan.query.api;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.oneplan.events.ActingUser;
import nl.oneplan.query.access.CurrentUser;
import nl.oneplan.query.access.TrajectoryReadPolicy.Part;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A read that must wait for its consistency token waits without holding a server thread: the
 * request is suspended (servlet async) and a small scheduler looks again, ever less often, until
 * the view has caught up or the timeout passes; then the request goes on as usual. Each user may
 * have a few waits at a time ({@code oneplan.query.consistency-waits-per-user}); more are answered
 * {@code 429 TOO_MANY_WAITS} at once, so a flood of waits never slows anyone else's reads.
 */
@Component
class ConsistencyWaits extends OncePerRequestFilter {

    static final String OUTCOME = ConsistencyWaits.class.getName() + ".outcome";
    static final String CAUGHT_UP = "CAUGHT_UP";
    static final String TIMED_OUT = "TIMED_OUT";

    private static final ScheduledExecutorService LOOKS = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "consistency-waits");
        thread.setDaemon(true);
        return thread;
    });

    private final ConsistencyGate gate;
    private final RequestMappingHandlerMapping mappings;
    private final int perUser;
    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

    ConsistencyWaits(ConsistencyGate gate,
                     @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                     @Value("${oneplan.query.consistency-waits-per-user:20}") int perUser) {
        this.gate = gate;
        this.mappings = mappings;
        this.perUser = perUser;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || token(request) == null;
    }

    private static String token(HttpServletRequest request) {
        String token = request.getHeader(ConsistencyGate.HEADER);
        if (token == null) {
            token = request.getParameter(ConsistentReadSupport.PARAMETER);
        }
        return token == null || token.isBlank() ? null : token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Part part = part(request);
        String token = token(request);
        ActingUser user = CurrentUser.get().orElse(null);
        if (part == null || user == null || !request.isAsyncSupported()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            if (gate.visible(token, part, user)) {
                request.setAttribute(OUTCOME, CAUGHT_UP);
                chain.doFilter(request, response);
                return;
            }
        } catch (RuntimeException malformed) {
            // A malformed token, an unreadable view: the interceptor answers it as it always does.
            chain.doFilter(request, response);
            return;
        }
        AtomicInteger mine = waiting.computeIfAbsent(user.userId(), id -> new AtomicInteger());
        if (mine.incrementAndGet() > perUser) {
            mine.decrementAndGet();
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"you are already waiting for " + perUser + " views to catch up; ask again when "
                    + "one of them answered\",\"code\":\"TOO_MANY_WAITS\"}");
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(gate.timeout().toMillis() + 2_000);
        AtomicBoolean done = new AtomicBoolean();
        Runnable finish = () -> mine.decrementAndGet();
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                if (done.compareAndSet(false, true)) {
                    finish.run();
                }
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                if (done.compareAndSet(false, true)) {
                    finish.run();
                    request.setAttribute(OUTCOME, TIMED_OUT);
                    async.dispatch();
                }
            }

            @Override
            public void onError(AsyncEvent event) {
                if (done.compareAndSet(false, true)) {
                    finish.run();
                }
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // Nothing to add.
            }
        });
        look(async, request, token, part, user, done, finish, System.nanoTime() + gate.timeout().toNanos(), 20);
    }

    /** Looks again after {@code delayMillis}, twice as late each time up to a quarter second. */
    private void look(AsyncContext async, HttpServletRequest request, String token, Part part, ActingUser user,
                      AtomicBoolean done, Runnable finish, long deadline, long delayMillis) {
        LOOKS.schedule(() -> {
            if (done.get()) {
                return;
            }
            boolean visible;
            try {
                visible = gate.visible(token, part, user);
            } catch (RuntimeException unreadable) {
                visible = false;
            }
            boolean late = System.nanoTime() - deadline >= 0;
            if ((visible || late) && done.compareAndSet(false, true)) {
                finish.run();
                request.setAttribute(OUTCOME, visible ? CAUGHT_UP : TIMED_OUT);
                async.dispatch();
            } else if (!visible && !late) {
                look(async, request, token, part, user, done, finish, deadline, Math.min(250, delayMillis * 2));
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Which view the request reads, from the controller that will answer it; null if none waits. */
    private Part part(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mappings.getHandler(request);
            if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
                ConsistentRead read = method.getBeanType().getAnnotation(ConsistentRead.class);
                return read == null ? null : read.value();
            }
        } catch (Exception unmapped) {
            // Not a consistent read: nothing to wait for here.
        }
        return null;
    }
}
