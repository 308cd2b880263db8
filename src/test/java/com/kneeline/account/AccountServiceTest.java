package com.kneeline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void registeringStoresANormalisedEmailAndADelegatingBcryptHashNeverThePassword() {
        AccountSummary created = accounts.register(
                new RegistrationForm("  Alex.Morgan@Example.COM ", "Alex", "hips drive knees out", Role.INDIVIDUAL));

        Account stored = repository.findById(created.id()).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo("alex.morgan@example.com");
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("hips drive knees out");
        assertThat(encoder.matches("hips drive knees out", stored.getPasswordHash())).isTrue();
        assertThat(stored.getRoles()).containsExactly(Role.INDIVIDUAL);
    }

    @Test
    void theSameEmailInAnotherCaseCannotRegisterTwice() {
        accounts.register(new RegistrationForm("casey@example.com", "Casey", "a long enough pass", Role.INDIVIDUAL));

        assertThatThrownBy(() -> accounts.register(
                new RegistrationForm("CASEY@example.com", "Casey Two", "another long pass", Role.TRAINER)))
                .isInstanceOf(RegistrationException.class)
                .hasMessageContaining("already exists")
                .extracting(e -> ((RegistrationException) e).field()).isEqualTo(RegistrationException.Field.EMAIL);
        assertThat(repository.count()).isEqualTo(repository.findAll().stream().map(Account::getEmail).distinct().count());
    }

    @Test
    void aWeakPasswordIsRefusedOnThePasswordFieldAndNothingIsSaved() {
        long before = repository.count();
        assertThatThrownBy(() -> accounts.register(new RegistrationForm("weak@example.com", "Weak", "short", Role.INDIVIDUAL)))
                .isInstanceOf(RegistrationException.class)
                .extracting(e -> ((RegistrationException) e).field()).isEqualTo(RegistrationException.Field.PASSWORD);
        assertThat(repository.count()).isEqualTo(before);
        assertThat(accounts.findByEmail("weak@example.com")).isEmpty();
    }

    @Test
    void nobodyCanSignUpAsAnAdministrator() {
        assertThatThrownBy(() -> accounts.register(
                new RegistrationForm("sneaky@example.com", "Sneaky", "a long enough pass", Role.ADMIN)))
                .isInstanceOf(RegistrationException.class)
                .extracting(e -> ((RegistrationException) e).field()).isEqualTo(RegistrationException.Field.ROLE);
    }

    @Test
    void anInvalidEmailIsRefusedByTheServiceEvenWithoutTheForm() {
        assertThatThrownBy(() -> accounts.register(new RegistrationForm("not-an-email", "X", "a long enough pass", Role.INDIVIDUAL)))
                .isInstanceOf(RegistrationException.class)
                .extracting(e -> ((RegistrationException) e).field()).isEqualTo(RegistrationException.Field.EMAIL);
    }

    @Test
    void signInFindsTheAccountByEmailWithItsRolesAsAuthorities() {
        accounts.register(new RegistrationForm("trainer.tess@example.com", "Tess", "coach knees out", Role.TRAINER));

        var user = userDetails.loadUserByUsername("Trainer.Tess@example.com");
        assertThat(user.getUsername()).isEqualTo("trainer.tess@example.com");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TRAINER");
    }

    @Test
    @WithMockUser(roles = "INDIVIDUAL")
    void onlyAnAdminMayGrantTheTrainerRole() {
        AccountSummary someone = accounts.register(
                new RegistrationForm("grant.me@example.com", "Grant", "a long enough pass", Role.INDIVIDUAL));

        assertThatThrownBy(() -> accounts.setTrainer(someone.id(), true)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminGrantsAndRemovesTheTrainerRoleAndTheAccountKeepsARole() {
        AccountSummary trainer = accounts.register(
                new RegistrationForm("only.trainer@example.com", "Tia", "a long enough pass", Role.TRAINER));

        assertThat(accounts.setTrainer(trainer.id(), false).roles()).isEqualTo(Set.of(Role.INDIVIDUAL));
        assertThat(accounts.setTrainer(trainer.id(), true).roles()).isEqualTo(Set.of(Role.INDIVIDUAL, Role.TRAINER));
    }
}
