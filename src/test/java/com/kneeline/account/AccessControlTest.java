package com.kneeline.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.kneeline.KaribuTest;
import com.kneeline.account.ui.LoginView;
import com.kneeline.account.ui.UsersView;
import com.kneeline.home.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessControlTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private void signedInAs(String email, String name, Role role) {
        if (accounts.findByEmail(email).isEmpty()) {
            accounts.register(new RegistrationForm(email, name, "a long enough pass", role == Role.ADMIN ? Role.INDIVIDUAL : role));
        }
        login(email, role.name());
    }

    @Test
    void anAnonymousVisitorToTheHomeIsSentToTheLoginView() {
        UI.getCurrent().navigate("");

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void anAnonymousVisitorToTheAdminPageIsSentToTheLoginView() {
        UI.getCurrent().navigate("admin/users");

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void anIndividualSeesTheirHomeAndNoUsersEntryInTheMenu() {
        signedInAs("indy@example.com", "Indy", Role.INDIVIDUAL);
        UI.getCurrent().navigate("");

        assertThat(currentView()).isInstanceOf(HomeView.class);
        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText()).isEqualTo("Welcome, Indy");
        assertThat(menuLabels()).contains("Home", "About").doesNotContain("Users");
    }

    @Test
    void anIndividualCannotOpenTheUsersPageByTypingItsAddress() {
        signedInAs("nosy@example.com", "Nosy", Role.INDIVIDUAL);

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void aTrainerCannotOpenTheUsersPageEither() {
        signedInAs("tara@example.com", "Tara", Role.TRAINER);

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAdminOpensTheUsersPageFromTheMenu() {
        accounts.ensureAdmin("boss@example.com", "Boss", "a long enough pass");
        login("boss@example.com", "ADMIN");
        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Users");
        UI.getCurrent().navigate("admin/users");
        assertThat(currentView()).isInstanceOf(UsersView.class);
    }

    @Test
    void aSignedInPersonVisitingTheLoginPageGoesHome() {
        signedInAs("back@example.com", "Back", Role.INDIVIDUAL);
        UI.getCurrent().navigate("login");

        assertThat(currentView()).isInstanceOf(HomeView.class);
    }
}
