package com.kneeline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"kneeline.admin.email=Root@Example.com", "kneeline.admin.password=configured admin pass"})
class AdminBootstrapTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AdminBootstrap bootstrap;

    @Test
    void theConfiguredAdministratorExistsAfterStartUpAndIsNotCreatedTwice() {
        assertThat(accounts.findByEmail("root@example.com")).get()
                .satisfies(admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));

        bootstrap.run(null);

        assertThat(accounts.findByEmail("root@example.com")).isPresent();
        assertThat(accounts.ensureAdmin("root@example.com", "Administrator", "configured admin pass")).isFalse();
    }
}
