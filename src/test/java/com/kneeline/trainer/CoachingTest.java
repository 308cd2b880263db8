package com.kneeline.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.kneeline.tracking.Training;
import com.kneeline.tracking.Assessments;
import com.kneeline.TestClock;
import com.kneeline.KaribuTest;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.SessionDetails;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Shared set-up for the trainer tests, which all run in one Spring context: a clock the test moves by hand, a
 * data source that counts the SQL statements it prepares (for the roster's query-count test), and helpers to make
 * trainers, clients, links, assessments, programmes and logged sessions through the real services.
 */
@Import({TestClock.class, CoachingTest.Config.class})
public abstract class CoachingTest extends KaribuTest {

    static final Instant MONDAY = TestClock.MONDAY;

    /** Statements prepared or created on this thread's connections since the last {@link #reset()}. */
    public static final class StatementCounter {
        private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);

        static void reset() {
            COUNT.get().set(0);
        }

        static int count() {
            return COUNT.get().get();
        }

        static DataSource counting(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection c ? countingConnection(c) : result;
                    });
        }

        private static Connection countingConnection(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("prepareCall")
                                || name.equals("createStatement")) {
                            COUNT.get().incrementAndGet();
                        }
                        return invoke(target, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(Proxy.isProxyClass(bean.getClass()))
                            ? StatementCounter.counting(ds) : bean;
                }
            };
        }
    }

    @Autowired
    protected TestClock.Movable clock;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected TrainerLinkService links;
    @Autowired
    protected AssessmentService assessments;
    @Autowired
    protected ProgrammeService programmes;
    @Autowired
    protected com.kneeline.tracking.Tracker tracker;
    @Autowired
    protected com.kneeline.prescription.ClientPlanService plans;
    @Autowired
    protected ContentService content;

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @BeforeEach
    void startOnMonday() {
        clock.set(MONDAY);
    }

    protected void nextDay() {
        clock.plus(Duration.ofDays(1));
    }

    /** A new account with a unique email; returns the email. */
    protected String register(String prefix, String name, Role role) {
        String email = prefix + PEOPLE.incrementAndGet() + "@example.com";
        accounts.register(new RegistrationForm(email, name, "a long enough pass", role));
        return email;
    }

    protected long idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    protected void loginTrainer(String email) {
        login(email, "TRAINER");
    }

    protected void loginClient(String email) {
        login(email, "INDIVIDUAL");
    }

    /** The trainer makes an invite and the client accepts it; leaves the client signed in. */
    protected void link(String trainerEmail, String clientEmail) {
        loginTrainer(trainerEmail);
        String code = links.createInvite().code();
        loginClient(clientEmail);
        links.accept(code);
    }

    /** As the signed-in person: a completed assessment (motor control only) and a programme from it. */
    protected void assessedWithProgramme() {
        Answers profile = AssessmentProfiles.motorControlOnly();
        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT, Set.of(), 30, 3, null);
        long id = Assessments.complete(assessments, profile, about);
        programmes.createFromAssessment(id);
    }

    /** As the signed-in person: logs the next session with every set at the target and the given pain. */
    protected SessionDetails logAll(int pain) {
        return Training.logAtTarget(tracker, tracker.todays().nextSession(tracker.me()).orElseThrow(), pain);
    }

    /** As the signed-in person: enough painful sessions on consecutive days to raise a persistent-pain flag. */
    protected void raisePersistentPainFlag() {
        int sessions = content.catalogue().referral().persistentPain().sessions();
        for (int i = 0; i < sessions; i++) {
            logAll(7);
            nextDay();
        }
        assertThat(tracker.referralFlags().openFlags(tracker.me())).isNotEmpty();
    }
}
