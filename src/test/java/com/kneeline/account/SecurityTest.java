package com.kneeline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.kneeline.KaribuTest;
import com.kneeline.account.ui.AccessChangedView;
import com.kneeline.base.ui.ErrorView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The attacks of issue 15, each expected to fail against the running app (real HTTP on a random port, and Vaadin's
 * views in Karibu where only the rendered view tells): password guessing, login CSRF, missing headers, a removed
 * role kept by an open session, an over-long password, and exception text on an error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        SecurityTest.ACCOUNT_LIMIT, SecurityTest.WINDOW, SecurityTest.ADDRESS_LIMIT, SecurityTest.SIGN_UP_LIMIT})
class SecurityTest {

    static final String ACCOUNT_LIMIT = "kneeline.security.throttle.account.attempts=5";
    static final String WINDOW = "kneeline.security.throttle.account.window=15m";
    static final String ADDRESS_LIMIT = "kneeline.security.throttle.address.attempts=30";
    static final String SIGN_UP_LIMIT = "kneeline.security.throttle.registration.attempts=10";

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void fiftyWrongPasswordsAreThrottledAndThenEvenTheRightPasswordWaits() throws Exception {
        String email = register(Role.INDIVIDUAL);
        Browser attacker = new Browser();
        int throttled = 0;
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> response = attacker.logIn(email, "wrong guess " + i);
            assertThat(response.statusCode()).isEqualTo(302);
            if (location(response).contains("throttled=")) {
                throttled++;
            }
        }
        assertThat(throttled).as("attempts turned away unchecked").isEqualTo(45);

        HttpResponse<String> right = attacker.logIn(email, PASSWORD);
        assertThat(location(right)).as("the right password while throttled").contains("/login?throttled=15");
        assertThat(new Browser().logIn(email, PASSWORD).headers().firstValue("Location").orElse(""))
                .as("another client address is not the point: the account itself is throttled").contains("throttled=");
    }

    @Test
    void aSuccessfulSignInResetsTheAccountsCount() throws Exception {
        String email = register(Role.INDIVIDUAL);
        Browser person = new Browser();
        for (int i = 0; i < 4; i++) {
            assertThat(location(person.logIn(email, "typo " + i))).contains("error");
        }
        assertThat(location(person.logIn(email, PASSWORD))).doesNotContain("error").doesNotContain("throttled");
        Browser later = new Browser();
        for (int i = 0; i < 4; i++) {
            assertThat(location(later.logIn(email, "typo again " + i))).contains("error").doesNotContain("throttled");
        }
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefusedAndSignsNobodyIn() throws Exception {
        String email = register(Role.INDIVIDUAL);
        Browser victim = new Browser();
        victim.get("login");
        HttpResponse<String> forged = victim.post("login", Map.of("username", email, "password", PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(location(victim.get("today"))).as("still signed out").contains("/login");

        HttpResponse<String> genuine = victim.logIn(email, PASSWORD);
        assertThat(location(genuine)).doesNotContain("error");
        assertThat(victim.get("today").statusCode()).isEqualTo(200);
    }

    @Test
    void everyPageHasTheSecurityHeadersSignedOutAndSignedIn() throws Exception {
        String email = register(Role.TRAINER);
        Browser signedIn = new Browser();
        signedIn.logIn(email, PASSWORD);
        List<String> checked = new ArrayList<>();
        for (String path : routes()) {
            for (Browser browser : List.of(new Browser(), signedIn)) {
                HttpResponse<String> response = browser.get(path);
                var headers = response.headers();
                String what = "/" + path + " (" + response.statusCode() + ") " + headers.map().keySet() + response.body().substring(0, Math.min(3000, response.body().length()));
                assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
                assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
                assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p ->
                        assertThat(p).contains("camera=(self)"));
                assertThat(headers.firstValue("Cache-Control")).as(what).hasValueSatisfying(c ->
                        assertThat(c).contains("no-store"));
                assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
                checked.add(what);
            }
        }
        assertThat(checked).hasSizeGreaterThan(40);
    }

    @Test
    void httpsBehindAProxyGetsHstsAndASecureCookie() throws Exception {
        HttpResponse<String> response = new Browser().send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("X-Forwarded-Proto", "https").header("Accept", "text/html").GET());
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as(response.headers().map().toString()).hasValueSatisfying(h ->
                assertThat(h).contains("max-age=31536000"));
        assertThat(response.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
        HttpResponse<String> plain = new Browser().get("login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("not over plain http").isEmpty();
    }

    @Test
    void aRemovedTrainerRoleLosesTheRosterOnTheNextRequest() throws Exception {
        String email = register(Role.TRAINER);
        long id = accounts.findByEmail(email).orElseThrow().id();
        Browser trainer = new Browser();
        trainer.logIn(email, PASSWORD);
        assertThat(trainer.get("trainer/clients").statusCode()).isEqualTo(200);

        asAdmin(() -> accounts.setTrainer(id, false));

        HttpResponse<String> next = trainer.get("trainer/clients");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/access-changed");
        assertThat(trainer.get("access-changed").statusCode()).isEqualTo(200);
        assertThat(location(trainer.get("trainer/clients"))).as("the old session is signed out").contains("/login");
    }

    @Test
    void aHundredBytePasswordGetsAMessageAtSignUpAndAtLogIn() throws Exception {
        String hundredBytes = "é".repeat(50);
        assertThat(hundredBytes.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        assertThatThrownBy(() -> accounts.register(new RegistrationForm("long-" + UUID.randomUUID() + "@example.com",
                "Long", hundredBytes, Role.INDIVIDUAL)))
                .isInstanceOfSatisfying(RegistrationException.class, problem -> {
                    assertThat(problem.field()).isEqualTo(RegistrationException.Field.PASSWORD);
                    assertThat(problem.getMessage()).contains("too long", "72");
                });
        String email = register(Role.INDIVIDUAL);
        assertThat(location(new Browser().logIn(email, hundredBytes))).as("a wrong password, not a crash")
                .contains("/login?error");
    }

    @Test
    void springsOwnErrorPageShowsNoExceptionTextEither() throws Exception {
        HttpResponse<String> springError = new Browser().get("error");
        assertThat(springError.body()).doesNotContain("Exception").doesNotContain("trace");
    }

    /** The parts only a rendered view tells, in Karibu (no HTTP here: Karibu's mocked Vaadin is process-wide). */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {ACCOUNT_LIMIT, WINDOW, ADDRESS_LIMIT, SIGN_UP_LIMIT})
    class InTheUi extends KaribuTest {

        @Test
        void theAccessChangedPageSaysWhatHappenedInPlainWords() {
            UI.getCurrent().navigate(AccessChangedView.class);
            assertThat(LocatorJ._get(AccessChangedView.class).getElement().getTextRecursively())
                    .contains("Your access changed").doesNotContain("Exception");
        }

        @Test
        void anErrorPageShowsNoExceptionText() {
            login("someone@example.com", "INDIVIDUAL");
            RouteConfiguration.forSessionScope().setRoute("explodes", Exploding.class);
            UI.getCurrent().navigate("explodes");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ErrorView.class);
            String shown = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
            assertThat(shown).contains("Something went wrong", "Reference").doesNotContain("No person 2")
                    .doesNotContain("Exception").doesNotContain("at com.");

        }

        /** A page that fails with internal detail in its message; a route only in the test's own session (no @Route). */
        @AnonymousAllowed
        public static class Exploding extends Main {
            public Exploding() {
                throw new IllegalStateException("No person 2 visible to you");
            }
        }
    }

    private String register(Role role) {
        String email = "sec-" + UUID.randomUUID() + "@example.com";
        accounts.register(new RegistrationForm(email, "Sec " + role.label(), PASSWORD, role));
        return email;
    }

    private void asAdmin(Runnable work) {
        SecurityContextHolder.setContext(new org.springframework.security.core.context.SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "admin@example.com", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every route of the app, with "1" for each route parameter. */
    private static Set<String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> paths = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("com.kneeline")) {
            try {
                Route route = Class.forName(candidate.getBeanClassName()).getAnnotation(Route.class);
                paths.add(route.value().replaceAll(":[A-Za-z]+\\??", "1"));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return paths;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** A browser without JavaScript: its own cookies, no redirects followed. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** As the login page's form does: with the CSRF token Vaadin puts in the page. */
        HttpResponse<String> logIn(String email, String password) throws Exception {
            String page = get("login").body();
            Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
            return post("login", Map.of("username", email, "password", password, "_csrf", token.group(1)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
