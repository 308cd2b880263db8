package com.kneeline.takeaway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.ReassessmentService;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The calendar feed over real HTTP without a sign-in, as a calendar app fetches it: it parses, holds the next four
 * weeks of sessions at the person's time in their zone and the check-in, no health detail, and stops when revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime HALF_SEVEN = LocalTime.of(7, 30);
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ReassessmentService reassessments;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private static int people;
    private String email;
    private ProgrammeDetails programme;

    @BeforeEach
    void personWithAProgramme() {
        email = "feed" + (++people) + "@example.com";
        accounts.register(new RegistrationForm(email, "Fay Feed", "a long enough pass", Role.INDIVIDUAL));
        programme = as(() -> programmes.createFromAssessment(
                Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg())));
    }

    @Test
    void theFeedParsesAndHoldsTheNextFourWeeksOfSessionsAtThePersonsTimeAndTheCheckIn() throws Exception {
        String token = as(() -> feeds.start(NEW_YORK, HALF_SEVEN));

        HttpResponse<String> response = get(token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a feed").isEmpty();

        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Set<String> starts = events.stream().map(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue())
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.ofInstant(clock.instant(), NEW_YORK);
        int expected = 0;
        for (LocalDate day = today; day.isBefore(today.plusWeeks(4)); day = day.plusDays(1)) {
            for (SessionPlan session : programme.programme().sessions()) {
                if (session.dayOfWeek() == day.getDayOfWeek().getValue()) {
                    String start = UTC_STAMP.format(day.atTime(HALF_SEVEN).atZone(NEW_YORK).toInstant());
                    assertThat(starts).as("session " + session.number() + " on " + day).contains(start);
                    expected++;
                }
            }
        }
        assertThat(expected).isEqualTo(4 * programme.programme().sessions().size());

        LocalDate due = as(() -> reassessments.status().orElseThrow().dueDate());
        assertThat(events).as("the check-in on its due date").anySatisfy(event -> {
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("check-in");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                    .isEqualTo(due.format(DateTimeFormatter.BASIC_ISO_DATE));
        });
        assertThat(response.body()).as("exercise names, no health detail").contains("Clamshell")
                .doesNotContain("pain", "Pain", "reps", "weak", "Fay Feed", email);
    }

    @Test
    void aRevokedFeedIsNotFoundAndANewAddressReplacesTheOldOne() throws Exception {
        String first = as(() -> feeds.start(ZoneOffset.UTC, HALF_SEVEN));
        assertThat(get(first).statusCode()).isEqualTo(200);

        as(() -> {
            feeds.revoke();
            return null;
        });
        assertThat(get(first).statusCode()).isEqualTo(404);

        String second = as(() -> feeds.start(ZoneOffset.UTC, HALF_SEVEN));
        String third = as(() -> feeds.start(ZoneOffset.UTC, HALF_SEVEN));
        assertThat(get(second).statusCode()).as("replaced by a newer address").isEqualTo(404);
        assertThat(get(third).statusCode()).isEqualTo(200);
        assertThat(get("not-a-real-token").statusCode()).isEqualTo(404);
    }

    @Test
    void wrongSecretsFromOneAddressAreTurnedAwayAfterThirtyWhileOtherAddressesStillRead() throws Exception {
        String token = as(() -> feeds.start(ZoneOffset.UTC, HALF_SEVEN));
        // a second loopback address stands in for a guesser elsewhere, so the other tests' address is untouched
        HttpClient guesser = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName("127.0.0.2")).build();
        for (int i = 0; i < CalendarFeedController.WRONG_SECRETS_PER_WINDOW; i++) {
            assertThat(get(guesser, "guess-" + i).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> blocked = get(guesser, "guess-again");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(get(guesser, token).statusCode()).as("even a right secret waits at that address").isEqualTo(429);
        assertThat(get(token).statusCode()).as("the owner's calendar app elsewhere still reads").isEqualTo(200);
    }

    private HttpResponse<String> get(String token) throws Exception {
        return get(http, token);
    }

    private HttpResponse<String> get(HttpClient client, String token) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/calendar/" + token + ".ics"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in on this thread through this context's strategy and the static holder, as BrowserTest does: which of
     * the two a service reads depends on which Spring context in the JVM was made last.
     */
    private <T> T as(Supplier<T> work) {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(email, null,
                AuthorityUtils.createAuthorityList("ROLE_INDIVIDUAL"));
        security.getContext().setAuthentication(signedIn);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            return work.get();
        } finally {
            security.clearContext();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
