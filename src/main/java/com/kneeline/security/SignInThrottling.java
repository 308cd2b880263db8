package com.kneeline.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import com.kneeline.account.AttemptThrottle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wires {@link AttemptThrottle} into sign-in with Spring Security's own hooks: its authentication events count
 * failures and successes, and this filter, placed in front of the form-login filter, turns a throttled
 * {@code POST /login} away before the password is checked, so even the right password waits.
 */
@Component
class SignInThrottling {

    static final String LOGIN_PATH = "/login";

    private final AttemptThrottle throttle;

    SignInThrottling(AttemptThrottle throttle) {
        this.throttle = throttle;
    }

    /** Not a bean of its own: Spring Boot would also register it for every request outside the security chain. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !isSignInPost(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                throttleOrContinue(request, response, chain);
            }
        };
    }

    private static boolean isSignInPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + LOGIN_PATH).equals(request.getRequestURI());
    }

    private void throttleOrContinue(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        Optional<Duration> wait = throttle.signInBlockedFor(email == null ? "" : email, request.getRemoteAddr());
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?throttled=" + minutes);
            return;
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.signInFailed(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.signInSucceeded(event.getAuthentication().getName());
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }
}
