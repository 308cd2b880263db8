package com.kneeline.account;

import java.time.Duration;

import com.kneeline.operations.NodeCoordination;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first administrator cannot sign up (admins are never self-selected), so it comes from configuration:
 * KNEELINE_ADMIN_EMAIL and KNEELINE_ADMIN_PASSWORD. Nothing is created when they are not set. When several app nodes
 * start together on one database, one of them does it (a lock row), so none fails on the unique email.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final NodeCoordination.Once once;
    private final String email;
    private final String password;

    AdminBootstrap(AccountService accounts, NodeCoordination.Once once,
                   @Value("${kneeline.admin.email:}") String email,
                   @Value("${kneeline.admin.password:}") String password) {
        this.accounts = accounts;
        this.once = once;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        if (password.length() < PasswordPolicy.MIN_LENGTH) {
            log.warn("Not creating the administrator {}: kneeline.admin.password must have at least {} characters.",
                    email, PasswordPolicy.MIN_LENGTH);
            return;
        }
        once.run("admin-bootstrap", Duration.ofMinutes(1), () -> {
            if (accounts.ensureAdmin(email, "Administrator", password)) {
                log.info("Created the administrator account {} from configuration.", email);
            }
        });
    }
}
