package com.kneeline.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kneeline.KaribuTest;
import com.kneeline.account.ui.UsersView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminFindsSomeoneBySearchAndGrantsThemTheTrainerRole() {
        accounts.ensureAdmin("users.admin@example.com", "Ada", "a long enough pass");
        accounts.register(new RegistrationForm("future.coach@example.com", "Cory Coach", "a long enough pass", Role.INDIVIDUAL));
        accounts.register(new RegistrationForm("someone.else@example.com", "Sam Else", "a long enough pass", Role.INDIVIDUAL));
        login("users.admin@example.com", "ADMIN");
        UI.getCurrent().navigate(UsersView.class);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search by email or name")), "cory");
        Grid<AccountSummary> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).displayName()).isEqualTo("Cory Coach");

        Checkbox trainer = (Checkbox) GridKt._getCellComponent(grid, 0, "trainer");
        assertThat(trainer.getValue()).isFalse();
        _setValue(trainer, true);

        assertThat(accounts.findByEmail("future.coach@example.com")).get()
                .satisfies(a -> assertThat(a.roles()).containsExactlyInAnyOrder(Role.INDIVIDUAL, Role.TRAINER));
        assertThat(accounts.findByEmail("someone.else@example.com")).get()
                .satisfies(a -> assertThat(a.roles()).containsExactly(Role.INDIVIDUAL));
    }
}
