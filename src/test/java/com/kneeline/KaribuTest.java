package com.kneeline;

import java.util.List;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless UI tests: the real Spring context and views, with Vaadin mocked by Karibu-Testing.
 * <p>
 * Vaadin's view access checker asks the servlet request who is signed in, not Spring, so {@link #login} sets both
 * the Spring {@code SecurityContext} and the mocked request's principal and roles.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.kneeline");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as the given email with the given role names (without the ROLE_ prefix). */
    protected void login(String email, String... roles) {
        Set<String> roleSet = Set.of(roles);
        List<SimpleGrantedAuthority> authorities = roleSet.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        UserDetails user = User.withUsername(email).password("unused").authorities(authorities).build();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        // Vaadin's security-context strategy may read the context from the HTTP session, as after a real sign-in.
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roleSet.contains(role));
    }

    /** All the text inside the component with this id, as a reader sees it. */
    protected static String textOf(String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.Component.class,
                spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** The view the router shows now (not the layout around it). */
    protected com.vaadin.flow.component.Component currentView() {
        return UI.getCurrent().getCurrentView();
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().removeAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }
}
