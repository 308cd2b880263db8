package com.kneeline.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.kneeline.KaribuTest;
import com.kneeline.TestClock;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.Tracker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A regression guard on session memory (docs/performance.md): the Today view with a whole session marked done builds
 * no more than a set number of components. Each component costs server memory for as long as the page is open, so
 * a change that builds editors for every set up front again shows here as a count, not as a timing.
 */
@Import(TestClock.class)
class TodayComponentBudgetTest extends KaribuTest {

    /**
     * Measured for this person's session (10 sets in 3 exercises): 219 components when every set built its five
     * editors up front, 156 with the editors built when a set's pencil is opened. The budget leaves room for a few
     * more labels, not for a component per set.
     */
    static final int BUDGET = 170;

    @Autowired
    TestClock.Movable clock;
    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    Tracker tracker;

    private static int people;

    @BeforeEach
    void aPersonWithAProgramme() {
        clock.set(TestClock.MONDAY);
        String email = "budget" + (++people) + "@example.com";
        accounts.register(new RegistrationForm(email, "Bea", "a long enough pass", Role.INDIVIDUAL));
        login(email, "INDIVIDUAL");
        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT, Set.of("band", "weights"),
                30, 3, null);
        programmes.createFromAssessment(Assessments.complete(assessments,
                AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), about));
    }

    static int components(Component root) {
        return 1 + root.getChildren().mapToInt(TodayComponentBudgetTest::components).sum();
    }

    @Test
    void todayWithAWholeSessionMarkedDoneStaysWithinItsComponentBudget() {
        UI.getCurrent().navigate(TodayView.class);
        PlannedSession session = tracker.todays().nextSession(tracker.me()).orElseThrow();
        int sets = session.items().stream().mapToInt(PlannedSession.Item::sets).sum();
        _click(_get(Button.class, spec -> spec.withId("all-done-session")));

        int count = components(currentView());
        System.out.printf("Today: %d components for %d sets in %d exercises%n", count, sets, session.items().size());
        assertThat(sets).as("the measured session's size").isGreaterThanOrEqualTo(10);
        assertThat(count).as("components on Today for %d sets", sets).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void aSetsEditorsExistOnlyWhileItsPencilIsOpen() {
        UI.getCurrent().navigate(TodayView.class);
        int closed = components(currentView());
        Button pencil = _find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("change-"))
                .findFirst().orElseThrow();

        _click(pencil);
        assertThat(components(currentView())).as("one set's editors open").isGreaterThan(closed);
        _click(pencil);
        assertThat(components(currentView())).as("closed again").isEqualTo(closed);
    }
}
