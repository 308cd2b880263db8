package com.kneeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.kneeline.account.AccountService;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.tracking.Assessments;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Base of the tests of trainer changes and phase advance: one Spring context with a clock the test moves.
 * {@link #coach} links a trainer and a client through real invites, so access is decided as in the app.
 */
@Import(TestClock.class)
public abstract class CoachingTest extends KaribuTest {

    public static final Instant MONDAY = TestClock.MONDAY;

    @Autowired
    protected PersonAccess access;
    @Autowired
    protected TrainerLinkService links;
    @Autowired
    protected TestClock.Movable clock;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected AssessmentService assessments;

    private static int people;

    @BeforeEach
    void resetClock() {
        clock.set(MONDAY);
    }

    /** A new account with a unique email; returns its id. Signs nobody in. */
    protected long register(String name, Role role) {
        String email = name.toLowerCase(java.util.Locale.ROOT) + "." + (++people) + "@coaching.example.com";
        long id = accounts.register(new RegistrationForm(email, name, "a long enough pass", role)).id();
        emails.put(id, email);
        return id;
    }

    private final Map<Long, String> emails = new HashMap<>();

    protected void signIn(long accountId) {
        String role = accounts.findByEmail(emails.get(accountId)).orElseThrow().hasRole(Role.TRAINER)
                ? "TRAINER" : "INDIVIDUAL";
        login(emails.get(accountId), role);
    }

    /**
     * From now on the trainer coaches the client: the trainer invites, the client accepts, as in the app. Whoever
     * was signed in before is signed in again afterwards.
     */
    protected void coach(long trainerId, long clientId) {
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        signIn(trainerId);
        String code = links.createInvite().code();
        signIn(clientId);
        links.accept(code);
        if (before != null) {
            accounts.findByEmail(before.getName()).ifPresent(a -> signIn(a.id()));
        }
    }

    /** The signed-in person completes (or, with a red flag, stops) an assessment through the service. */
    protected AssessmentDetails assessment(Answers profile, Set<String> equipment, int minutes, int sessions) {
        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT, equipment, minutes,
                sessions, null);
        return assessments.get(Assessments.complete(assessments, profile, about));
    }
}
