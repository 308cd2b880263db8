package com.kneeline.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.kneeline.account.AccountService;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.account.AccountSummary;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.WizardStep;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.trainer.TemplateForm;
import com.kneeline.trainer.TemplateService;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.CheckInService;
import com.kneeline.tracking.SessionLogService;
import com.kneeline.tracking.TodaysSessionService;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.KneeTracking;
import com.kneeline.tracking.engine.SetLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seeds the demo profile: a trainer with clients at different stages and an individual without a trainer. Every
 * person is played through the real services day by day on a simulated clock, so their logs, progressions,
 * check-ins and flags are exactly what the app itself would have produced.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock();
    }

    @Bean
    ApplicationRunner demoSeeder(DemoClock clock, AccountService accounts, AssessmentService assessments,
                                 ProgrammeService programmes, TodaysSessionService today, SessionLogService log,
                                 CheckInService checkIns, ContentService content,
                                 TrainerLinkService links, TemplateService templates,
                                 @Value("${kneeline.demo.cast:}") String cast) {
        return new Seeder(clock, accounts, assessments, programmes, new Tracker(today, log, checkIns), content, links,
                templates, cast.isBlank() ? null : Path.of(cast));
    }

    /** The tracker's use cases the seeder goes through, as the person would. */
    record Tracker(TodaysSessionService today, SessionLogService log, CheckInService checkIns) {
    }

    static final class Seeder implements ApplicationRunner {

        private final DemoClock clock;
        private final AccountService accounts;
        private final AssessmentService assessments;
        private final ProgrammeService programmes;
        private final Tracker tracking;
        private final ContentService content;
        private final TrainerLinkService links;
        private final TemplateService templates;
        private final Path castFile;

        Seeder(DemoClock clock, AccountService accounts, AssessmentService assessments, ProgrammeService programmes,
               Tracker tracking, ContentService content, TrainerLinkService links,
               TemplateService templates, Path castFile) {
            this.castFile = castFile;
            this.content = content;
            this.links = links;
            this.templates = templates;
            this.clock = clock;
            this.accounts = accounts;
            this.assessments = assessments;
            this.programmes = programmes;
            this.tracking = tracking;
        }

        @Override
        public void run(ApplicationArguments args) {
            DemoPeople cast = DemoPeople.load(castFile);
            if (accounts.findByEmail(cast.trainer().email()).isPresent()) {
                return;
            }
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(Clock.systemUTC());
            try {
                clock.set(today.minusWeeks(12).atTime(LocalTime.of(7, 0)).toInstant(ZoneOffset.UTC));
                AccountSummary trainer = accounts.register(new RegistrationForm(cast.trainer().email(),
                        cast.trainer().name(), cast.password(), Role.TRAINER));
                signInAs(trainer.email(), Role.TRAINER);
                templates.create(new TemplateForm("Two short sessions a week",
                        "For busy clients: two 20-minute sessions; the engine still picks what fits their findings.",
                        2, 20, null, List.of()));
                for (DemoPeople.Person person : cast.people()) {
                    play(cast, person, trainer, today);
                }
            } finally {
                clock.release();
                SecurityContextHolder.clearContext();
            }
            StringBuilder logins = new StringBuilder("\n\n  KneeLine demo data is ready (seeded in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms). Sign in with password '" + cast.password()
                    + "' as:\n");
            logins.append(String.format("    %-28s %s%n", cast.trainer().email(), "trainer with "
                    + cast.people().stream().filter(DemoPeople.Person::withTrainer).count() + " clients"));
            cast.people().forEach(p -> logins.append(String.format("    %-28s %s%n", p.email(), p.name()
                    + (p.withTrainer() ? ", client of " + cast.trainer().name() : ", no trainer"))));
            LOG.info("{}", logins);
        }

        private void play(DemoPeople cast, DemoPeople.Person person, AccountSummary trainer, LocalDate today) {
            LocalDate start = today.minusWeeks(person.weeks());
            at(start, 7, 0);
            accounts.register(new RegistrationForm(person.email(), person.name(), cast.password(), Role.INDIVIDUAL));
            if (person.withTrainer()) {
                signInAs(trainer.email(), Role.TRAINER);
                String code = links.createInvite().code();
                signInAs(person.email(), Role.INDIVIDUAL);
                links.accept(code);
            }
            signInAs(person.email(), Role.INDIVIDUAL);
            long me = accounts.findByEmail(person.email()).orElseThrow().id();
            assessments(cast, person, 0);
            // Check-ins every 4 weeks; the steady story improves by the time of each.
            for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
                long week = ChronoUnit.WEEKS.between(start, day);
                at(day, 7, 30);
                if (tracking.checkIns().pendingCheckIn(me).isPresent()) {
                    tracking.checkIns().checkIn(me, !painful(person, day, today), false);
                }
                if (person.story() == DemoPeople.Story.STEADY && week > 0 && ChronoUnit.DAYS.between(start, day) % 28 == 0) {
                    assessments(cast, person, (int) (week / 4));
                }
                at(day, 18, 0);
                boolean trains = switch (person.story()) {
                    case FRESH -> false;
                    case LAPSED -> week < 3;
                    // one planned session in six is missed, as in real life
                    case STEADY, PAIN_SPIKE -> day.getDayOfMonth() % 6 != 0;
                };
                Optional<PlannedSession> next = tracking.today().nextSession(me);
                if (trains && next.isPresent() && next.get().today()) {
                    tracking.log().logSession(me, next.get().number(), logs(next.get(), painful(person, day, today) ? 7 : 1));
                }
            }
            SecurityContextHolder.clearContext();
        }

        /** The pain-spike story: the last 10 days hurt above the content's usual limits. */
        private static boolean painful(DemoPeople.Person person, LocalDate day, LocalDate today) {
            return person.story() == DemoPeople.Story.PAIN_SPIKE && ChronoUnit.DAYS.between(day, today) <= 10;
        }

        /** Completes an assessment; check-in number {@code n} > 0 improves knee-to-wall and holds a little. */
        private void assessments(DemoPeople cast, DemoPeople.Person person, int n) {
            Map<AnswerKey, String> all = new HashMap<>();
            // No demo person has a red flag: every safety question of the pack is answered no.
            content.catalogue().safetyQuestions().forEach(f -> all.put(AnswerKey.of(f.id()), "no"));
            cast.usual().answers().forEach((k, v) -> all.put(AnswerKey.of(k), v));
            for (Side side : Side.values()) {
                cast.usual().perSide().forEach((k, v) -> all.put(AnswerKey.of(k, side), v));
                person.perSide().forEach((k, v) -> all.put(AnswerKey.of(k, side), v));
            }
            person.answers().forEach((k, v) -> all.put(AnswerKey.of(k), v));
            person.left().forEach((k, v) -> all.put(AnswerKey.of(k, Side.LEFT), v));
            person.right().forEach((k, v) -> all.put(AnswerKey.of(k, Side.RIGHT), v));
            if (n > 0) {
                for (Side side : Side.values()) {
                    improve(all, AnswerKey.of("knee-to-wall-cm", side), 2.5 * n, 14);
                    improve(all, AnswerKey.of("hip-abduction-hold-seconds", side), 15 * n, 60);
                    Side leg = side;
                    person.perSideAtCheckIn().forEach((k, v) -> all.put(AnswerKey.of(k, leg), v));
                }
            }
            long id = assessments.startOrResume().id();
            AboutYou about = person.about().toAboutYou();
            for (WizardStep step : WizardStep.values()) {
                Map<AnswerKey, String> answers = new HashMap<>();
                assessments.keysOf(step).forEach(key -> answers.put(key, all.get(key)));
                var outcome = assessments.saveStep(id, step, answers, about, true);
                if (!outcome.errors().isEmpty()) {
                    throw new IllegalStateException("demo/people.yaml: " + person.email() + " " + step + ": "
                            + outcome.errors());
                }
            }
            programmes.createFromAssessment(id);
        }

        private static void improve(Map<AnswerKey, String> answers, AnswerKey key, double by, double cap) {
            String now = answers.get(key);
            if (now != null) {
                double value = Math.min(cap, Double.parseDouble(now) + by);
                answers.put(key, value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            }
        }

        /** Every planned set at its target with good knee tracking and the given pain. */
        private static List<ExerciseLog> logs(PlannedSession session, int pain) {
            List<ExerciseLog> logs = new ArrayList<>();
            for (PlannedSession.Item item : session.items()) {
                var p = item.prescription();
                logs.add(ExerciseLog.done(p.exerciseId(), p.side(), IntStream.range(0, item.sets())
                        .mapToObj(n -> new SetLog(p.target(), p.loadKg(), 7.0, pain, KneeTracking.GOOD)).toList()));
            }
            return logs;
        }

        private void at(LocalDate day, int hour, int minute) {
            clock.set(day.atTime(hour, minute).toInstant(ZoneOffset.UTC));
        }

        private static void signInAs(String email, Role role) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    email, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
        }
    }
}
