package com.kneeline.security;

import com.kneeline.account.AccessChangeCheck;
import com.kneeline.account.AccountService;
import com.kneeline.account.PasswordPolicy;
import com.kneeline.account.ThrottleProperties;
import com.kneeline.account.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security for KneeLine, on top of Vaadin's configurer. What each part defends against, and the test that
 * shows it, is listed in docs/security.md.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(ThrottleProperties.class)
class SecurityConfiguration {

    /**
     * The Content-Security-Policy. Vaadin needs three relaxations, each explained in docs/security.md:
     * {@code 'unsafe-inline'} scripts (the bootstrap page carries inline start-up scripts), {@code 'unsafe-eval'}
     * (Flow runs the server's {@code executeJs} snippets through {@code new Function}), and {@code 'unsafe-inline'}
     * styles (components set inline styles and Lumo injects style elements). {@code data:} images and fonts are
     * Lumo's icons; {@code blob:} and {@code mediastream:} media are the phone camera's own recording.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob: mediastream:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The camera for our own pages (the filmed squat); every other powerful feature off. */
    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, AccountService accounts,
                                            SecurityContextHolderStrategy securityContexts, SignInThrottling throttling,
                                            @Value("${kneeline.security.require-https:false}") boolean requireHttps)
            throws Exception {
        // Our own static browser code and WebJars are public: the login page needs the stylesheet too.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/web/**", "/webjars/**", "/images/**", "/favicon.ico", "/error").permitAll());
        // Vaadin's CSRF set-up exempts the login page (POST /login included), which made login CSRF possible. We
        // keep only its other exemption: Vaadin's own round trips, which carry Vaadin's CSRF token instead. The
        // login form sends Spring's token, which Vaadin puts in the page's <meta name="_csrf"> for it.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Spring's defaults stay on: nosniff, frame DENY, Cache-Control no-store on every response that
                // sets none itself (so no page with health data is kept by a browser or proxy), and HSTS on
                // HTTPS requests (X-Forwarded-Proto counts, see server.forward-headers-strategy).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Written before the request goes on, not when the response is committed: Vaadin writes its page
                // with a Content-Length, and on that path the lazy writer was found to leave every header out.
                // Written first, they also win over Vaadin's own X-Frame-Options: SAMEORIGIN.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        if (requireHttps) {
            http.redirectToHttps(https -> { });
        }
        http.addFilterBefore(throttling.filter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new AccessChangeCheck(accounts, securityContexts), AuthorizationFilter.class);
        // Requests that match no rule (a mistyped address) go on to Vaadin, which shows our not-found page; every
        // view is still guarded by its own access annotation, and there are no non-Vaadin endpoints to expose.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)).build();
    }

    /**
     * Delegating encoder: bcrypt today, and stored hashes say which algorithm made them, so we can move on later.
     * Bcrypt reads at most 72 bytes, so {@link PasswordPolicy} refuses longer passwords with a message.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Sign-in successes and failures as events, which {@link SignInThrottling} counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }
}
