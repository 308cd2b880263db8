package com.kneeline.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.kneeline.KaribuTest;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private List<String> cardTitles() {
        return _find(Card.class).stream().map(card -> card.getElement().getProperty("cardTitle")).toList();
    }

    @Test
    void anIndividualIsToldTheyHaveNoAssessmentOrProgrammeYet() {
        accounts.register(new RegistrationForm("home.ivy@example.com", "Ivy", "a long enough pass", Role.INDIVIDUAL));
        login("home.ivy@example.com", "INDIVIDUAL");
        UI.getCurrent().navigate("");

        assertThat(cardTitles()).containsExactly("Your self-assessment", "Your programme");
    }

    @Test
    void aTrainerIsToldTheyHaveNoClientsYet() {
        accounts.register(new RegistrationForm("home.tom@example.com", "Tom", "a long enough pass", Role.TRAINER));
        login("home.tom@example.com", "TRAINER");
        UI.getCurrent().navigate("");

        assertThat(cardTitles()).containsExactly("Your clients");
    }
}
