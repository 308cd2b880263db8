package com.kneeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.kneeline.KaribuTest;
import com.kneeline.account.AccountService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo people are seeded only when the demo profile is asked for. */
class DemoOffByDefaultTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void withoutTheDemoProfileNoDemoAccountExists() {
        assertThat(accounts.findByEmail(DemoPeople.load().trainer().email())).isEmpty();
        DemoPeople.load().people().forEach(p -> assertThat(accounts.findByEmail(p.email())).isEmpty());
    }
}
