package nl.oneplan.app.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.oneplan.app.security.ActingUserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Every signed-in request tells the directory the account exists, as its token describes it now. */
public class SignInRecorder extends OncePerRequestFilter {

    private final KnownAccounts accounts;

    public SignInRecorder(KnownAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ActingUserAuthentication signedIn) {
            accounts.signedIn(signedIn);
        }
        chain.doFilter(request, response);
    }
}
