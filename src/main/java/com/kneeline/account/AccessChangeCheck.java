package com.kneeline.account;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a change to someone's roles, or the deletion of their account, take effect on their very next request.
 * The roles a session signed in with are compared with the account's roles in the database on every request; when
 * they differ the session ends and the person is sent to {@code /access-changed}, which says so in plain words.
 * <p>
 * Vaadin's own round trips (a click in an open view) are answered by Vaadin with "session expired", and the browser
 * then reloads the page; {@code KneeLine}'s system messages turn that reload on (see {@code ErrorHandling}). The
 * reload lands here with the mark left in the fresh session and goes to the access-changed page, so nothing the
 * old session showed stays on screen.
 */
public final class AccessChangeCheck extends OncePerRequestFilter {

    /** Session attribute naming why the session ended; read (and removed) by the access-changed page. */
    static final String MARK = AccessChangeCheck.class.getName() + ".changed";
    /** The reason, moved from {@link #MARK} when the access-changed page itself is loaded, for that page to show. */
    static final String REASON = AccessChangeCheck.class.getName() + ".reason";
    static final String PAGE = "/access-changed";

    private final AccountService accounts;
    /**
     * The strategy Spring Security's own filters use. Not the static holder: Vaadin installs a strategy per
     * application context, and with more than one context in a JVM (tests) the static one may belong to another.
     */
    private final SecurityContextHolderStrategy securityContexts;

    public AccessChangeCheck(AccountService accounts, SecurityContextHolderStrategy securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = securityContexts.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            // Only roles: Spring Security 7 also grants factor authorities (FACTOR_PASSWORD) that no account stores.
            Set<String> held = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(Role.AUTHORITY_PREFIX)).collect(Collectors.toSet());
            Set<String> now = accounts.authoritiesOf(signedIn.getName());
            if (!held.equals(now)) {
                endSession(request, now.isEmpty() ? "deleted" : "roles");
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MARK) != null && isPageLoad(request)) {
            if (!request.getRequestURI().equals(request.getContextPath() + PAGE)) {
                response.sendRedirect(request.getContextPath() + PAGE);
                return;
            }
            // The page is shown once; after it, the person is simply signed out.
            session.setAttribute(REASON, session.getAttribute(MARK));
            session.removeAttribute(MARK);
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, String reason) {
        securityContexts.clearContext();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(MARK, reason);
    }

    /** A browser opening a page, as opposed to Vaadin's round trips and the files a page loads. */
    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && request.getParameter("v-r") == null;
    }
}
