package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.WizardStep;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Measure from my video" in Chromium with every request to anywhere but this server blocked: the angle maths'
 * plain JS tests, the manual path on a squat video the test records itself (open, step frames, find the lowest
 * point, place the points, three squats averaged, used, saved, seen in the findings), and the automatic path with
 * the pose model served by this app, on a licensed image of a person (src/test/resources/video/README.md).
 */
class VideoMeasureInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "film my squat please";
    private static final String[] POINTS = {"hip", "knee", "ankle", "standingPelvis", "liftedPelvis"};

    @Autowired
    ContentService content;

    private final List<String> outside = new ArrayList<>();
    private final List<String> modelFiles = new ArrayList<>();

    @BeforeEach
    void onlyThisServer() {
        page.route("**", route -> {
            String address = route.request().url();
            if (address.startsWith("http://localhost:" + port + "/") || address.startsWith("blob:") || address.startsWith("data:")) {
                route.resume();
            } else {
                outside.add(address);
                route.abort();
            }
        });
        // The test's own files (JS tests, the squat video maker, the image) are served from the test resources.
        page.route("**/kl-test/**", route -> fulfilFromTestResources(route));
        page.onResponse(response -> {
            if (response.url().contains("/web/vendor/human-3.3.6/")) {
                modelFiles.add(response.url().replaceAll("\\?.*", "") + " " + response.status());
            }
        });
    }

    private static void fulfilFromTestResources(Route route) {
        String name = route.request().url().replaceAll(".*/kl-test/", "").replaceAll("\\?.*", "");
        try (InputStream in = VideoMeasureInBrowserIT.class.getResourceAsStream("/video/" + name)) {
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".jpg") ? "image/jpeg" : "text/html";
            route.fulfill(new Route.FulfillOptions().setStatus(in == null ? 404 : 200).setContentType(type)
                    .setBodyBytes(in == null ? new byte[0] : in.readAllBytes()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAngleMathsGiveTheKnownAnglesForKnownPointSets() {
        page.navigate(url("login"));
        waitForVaadin();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.evaluate(
                "async () => (await import('/kl-test/measure-math.test.js')).run()");

        assertThat(results).hasSizeGreaterThanOrEqualTo(20);
        assertThat(results).allSatisfy(r -> assertThat(r.get("ok")).as(r.get("name") + ": " + r.get("detail")).isEqualTo(true));
        assertThat(outside).isEmpty();
    }

    @Test
    void aPersonMeasuresTheirLeftKneeByHandOnTheirOwnVideoAndSeesTheAngleInTheirFindings() {
        String email = "video.manual@example.com";
        signUpAndLogIn(email);
        Answers profile = AssessmentProfiles.noFindings()
                .with(AnswerKey.of("sls-knee-inward", Side.LEFT), Answers.YES)
                .with(AnswerKey.of("cue-corrects-knee", Side.LEFT), Answers.NO);
        page.locator("#home-assessment-action").click();
        for (WizardStep step : WizardStep.values()) {
            assertThat(page.locator("#wizard-progress")).containsText("Step " + (step.ordinal() + 1) + " of 6");
            waitForVaadin();
            for (AnswerKey key : asPerson(email, "INDIVIDUAL", () -> assessments.keysOf(step))) {
                if (!key.inputId().startsWith("sls-fppa") && !key.inputId().startsWith("sls-pelvic-drop")) {
                    answer(key, profile.raw(key).orElse(null));
                }
            }
            if (step == WizardStep.ABOUT) {
                page.locator("#about-knees").getByText("My left knee").click();
                page.locator("#about-goal").getByText("Run without my knees caving in").click();
                page.locator("#answer-sex").getByText("Female", new Locator.GetByTextOptions().setExact(true)).click();
            }
            if (step == WizardStep.SINGLE_LEG_SQUAT) {
                measureLeftKneeFromVideo();
            }
            page.locator("#wizard-next").click();
        }

        assertThat(page.locator("#assessment-status")).hasText("Completed");
        assertThat(page.getByText("Your left knee angle in the single-leg squat was 24.2 degrees inward",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.locator("#video-measures")).containsText("Left leg, knee angle (FPPA): 24.2°, the average of 3 squats");
        assertThat(page.locator("#video-measures")).containsText("points placed by hand");
        assertThat(page.locator("#video-measures")).containsText("Left leg, pelvic drop: 5.7°");
        screenshots("findings");
        assertThat(outside).as("requests to anywhere but this server").isEmpty();
    }

    private void measureLeftKneeFromVideo() {
        screenshots("0-squat-step");
        page.locator("#measure-video-left").click();
        assertThat(page.locator("kl-video-measure[data-step=open]")).isVisible();
        assertThat(page.locator(".kl-vm-private")).containsText("never uploaded");
        toolShots("1-open");

        page.locator("#vm-file-left").setInputFiles(new FilePayload("squat.webm", "video/webm", recordSquatVideo()));
        assertThat(page.locator("kl-video-measure[data-step=frame]")).isVisible();
        assertThat(page.locator("#vm-time-left")).hasText("0:00.00");
        page.locator("#vm-next-left").click();
        assertThat(page.locator("#vm-time-left")).hasText("0:00.03");
        page.locator("#vm-next-left").click();
        assertThat(page.locator("#vm-time-left")).hasText("0:00.07");
        page.locator("#vm-prev-left").click();
        assertThat(page.locator("#vm-time-left")).hasText("0:00.03");
        page.locator("#vm-lowest-left").click();
        assertThat(page.locator("#vm-squat-1-left")).isVisible();
        toolShots("2-lowest-point");

        // Three squats, each placed by hand: the knee 20, 18 and 23 px inward of the hip-ankle line.
        double[] kneeX = {300, 298, 303};
        String[] expected = {"23.8", "21.5", "27.3"};
        for (int squat = 0; squat < 3; squat++) {
            if (page.locator("#vm-squat-" + (squat + 1) + "-left").count() > 0) {
                page.locator("#vm-squat-" + (squat + 1) + "-left").click();
            }
            page.locator("#vm-to-points-left").click();
            assertThat(page.locator("kl-video-measure[data-step=points]")).isVisible();
            double[][] target = {{280, 250}, {kneeX[squat], 350}, {280, 440}, {280, 240}, {360, 248}};
            for (int i = 0; i < POINTS.length; i++) {
                drag(POINTS[i], target[i][0], target[i][1]);
            }
            assertThat(page.locator("#vm-readout-left")).hasAttribute("data-fppa", expected[squat]);
            assertThat(page.locator("#vm-readout-left")).hasAttribute("data-drop", "5.7");
            assertThat(page.locator("#vm-readout-left")).containsText(expected[squat] + "° inward");
            if (squat == 0) {
                toolShots("3-points");
            }
            page.locator("#vm-save-trial-left").click();
        }

        assertThat(page.locator("kl-video-measure[data-step=result]")).isVisible();
        assertThat(page.locator("#vm-summary-left")).containsText("Average knee angle (FPPA): 24.2°");
        assertThat(page.locator("#vm-summary-left")).containsText("3 squats, spread 5.8°");
        assertThat(page.locator("#vm-trials-left")).containsText("21.5°");
        toolShots("4-result");
        page.locator("#vm-use-left").click();

        assertThat(page.locator("#video-measure-dialog")).not().isVisible();
        assertThat(page.locator("#answer-sls-fppa-degrees-left input")).hasValue("24.2");
        assertThat(page.locator("#answer-sls-pelvic-drop-degrees-left input")).hasValue("5.7");
        screenshots("5-filled-in");
    }

    @Test
    void thePoseModelFromThisServerPlacesHipKneeAndAnkleOnAPhotoOfAPerson() {
        page.navigate(url("login"));
        waitForVaadin();

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Number>> points = (Map<String, Map<String, Number>>) page.evaluate("""
                async () => {
                  const pose = await import('/web/video/pose.js');
                  const human = await pose.loadPose(new URL('/web/vendor/human-3.3.6/', location.href).href);
                  const img = new Image();
                  img.src = '/kl-test/ai-body.jpg';
                  await img.decode();
                  const k = await pose.detect(human, img);
                  const pick = ({x, y, score}) => ({x, y, score});
                  return Object.fromEntries(['leftHip', 'rightHip', 'leftKnee', 'rightKnee', 'leftAnkle', 'rightAnkle']
                    .map(part => [part, pick(k[part])]));
                }""");

        // Placed by eye on the 1200 x 1200 image (see src/test/resources/video/README.md); the hips are under a dress.
        Map<String, double[]> reference = Map.of("rightHip", new double[] {545, 545}, "leftHip", new double[] {655, 545},
                "rightKnee", new double[] {558, 826}, "leftKnee", new double[] {658, 830},
                "rightAnkle", new double[] {583, 1076}, "leftAnkle", new double[] {665, 1080});
        reference.forEach((part, at) -> {
            Map<String, Number> found = points.get(part);
            double distance = Math.hypot(found.get("x").doubleValue() - at[0], found.get("y").doubleValue() - at[1]);
            assertThat(distance).as(part + " is within 30 px (2.5 % of the image) of where it is").isLessThan(30);
            assertThat(found.get("score").doubleValue()).as(part + " confidence").isGreaterThan(0.5);
        });
        assertThat(modelFiles).anyMatch(f -> f.endsWith("/web/vendor/human-3.3.6/models/movenet-lightning.bin 200"));
        assertThat(modelFiles).anyMatch(f -> f.endsWith("/web/vendor/human-3.3.6/dist/human.esm.js 200"));
        assertThat(outside).as("requests to anywhere but this server").isEmpty();
    }

    @Test
    void theToolSuggestsThePointsWithThePoseModelAndThePersonCanUseThem() {
        String email = "video.auto@example.com";
        signUpAndLogIn(email);
        page.locator("#home-assessment-action").click();
        openSingleLegSquatStep(email);

        page.locator("#measure-video-right").click();
        page.locator("#vm-file-right").setInputFiles(new FilePayload("person.webm", "video/webm", recordPhotoVideo()));
        assertThat(page.locator("kl-video-measure[data-step=frame]")).isVisible();
        assertThat(page.locator("#vm-filming-right")).containsText("Filming looks right",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        page.locator("#vm-to-points-right").click();
        page.locator("#vm-auto-right").click();
        assertThat(page.locator(".kl-vm-message")).containsText("Points suggested",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        toolShots("6-suggested");

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Number>> placed = (Map<String, Map<String, Number>>) page.evaluate(
                "() => document.querySelector('kl-video-measure').stage.points");
        // The video shows the 1200 px image at 600 px: half the reference positions. Either leg may be taken as
        // standing (both feet are down), so the knee says which.
        double kneeX = placed.get("knee").get("x").doubleValue();
        double[][] leg = kneeX > 304 ? new double[][] {{655, 545}, {658, 830}, {665, 1080}}
                : new double[][] {{545, 545}, {558, 826}, {583, 1076}};
        String[] parts = {"hip", "knee", "ankle"};
        for (int i = 0; i < 3; i++) {
            Map<String, Number> p = placed.get(parts[i]);
            double distance = Math.hypot(p.get("x").doubleValue() - leg[i][0] / 2, p.get("y").doubleValue() - leg[i][1] / 2);
            assertThat(distance).as(parts[i] + " suggested within 15 px of where it is").isLessThan(15);
        }
        page.locator("#vm-save-trial-right").click();
        // Once the model is in use it suggests the points on every frame the person moves on to.
        for (int squat = 2; squat <= 3; squat++) {
            page.locator("#vm-to-points-right").click();
            assertThat(page.locator(".kl-vm-message")).containsText("Points suggested",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            page.locator("#vm-save-trial-right").click();
        }
        assertThat(page.locator("#vm-trials-right tbody tr")).hasCount(3);
        assertThat(page.locator("#vm-trials-right")).containsText("suggested by KneeLine");
        assertThat(page.locator("#vm-trials-right")).not().containsText("placed by you");
        String mean = page.locator(".kl-vm-mean-fppa").textContent().replace("°", "");
        page.locator("#vm-use-right").click();
        assertThat(page.locator("#answer-sls-fppa-degrees-right input")).hasValue(mean);
        assertThat(outside).as("requests to anywhere but this server").isEmpty();
    }

    private void openSingleLegSquatStep(String email) {
        page.navigate(url("assessment"));
        waitForVaadin();
        Answers profile = AssessmentProfiles.noFindings();
        while (!page.locator("#wizard-progress").textContent().contains("Single-leg squat")) {
            WizardStep step = WizardStep.values()[Integer.parseInt(
                    page.locator("#wizard-progress").textContent().replaceAll("Step (\\d+).*", "$1")) - 1];
            for (AnswerKey key : asPerson(email, "INDIVIDUAL", () -> assessments.keysOf(step))) {
                answer(key, profile.raw(key).orElse(null));
            }
            if (step == WizardStep.ABOUT) {
                page.locator("#about-knees").getByText("Both knees").click();
                page.locator("#about-goal").getByText("Run without my knees caving in").click();
            }
            String before = page.locator("#wizard-progress").textContent();
            page.locator("#wizard-next").click();
            assertThat(page.locator("#wizard-progress")).not().hasText(before);
        }
    }

    private void signUpAndLogIn(String email) {
        register(email, "Sam", PASSWORD, Role.INDIVIDUAL);
        signInOnAPhone(email, PASSWORD);
    }

    /** The squat video, recorded in this page from a canvas animation (src/test/resources/video/squat-video.js). */
    private byte[] recordSquatVideo() {
        String base64 = (String) page.evaluate("async () => (await import('/kl-test/squat-video.js')).recordSquatVideo()");
        return Base64.getDecoder().decode(base64);
    }

    /** A 1.5 s video of the still image of a person, 600 x 600. */
    private byte[] recordPhotoVideo() {
        String base64 = (String) page.evaluate("async () => (await import('/kl-test/squat-video.js')).recordImageVideo('/kl-test/ai-body.jpg', 600)");
        return Base64.getDecoder().decode(base64);
    }

    /**
     * Drags a point with the mouse from where it is to video pixel (x, y), then, as a keyboard user would, chooses
     * it and nudges it with the arrow keys onto the exact pixel (one CSS pixel on a phone is about two video pixels).
     */
    private void drag(String point, double x, double y) {
        page.locator(".kl-vm-canvas").first().scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) page.evaluate("id => { const e = document.querySelector('kl-video-measure');"
                + " const box = e.canvas.getBoundingClientRect(); const s = box.width / e.canvas.width;"
                + " const p = e.stage.points[id]; return {x: box.left + p.x * s, y: box.top + p.y * s, left: box.left, top: box.top, s}; }", point);
        double scale = at.get("s").doubleValue();
        page.mouse().move(at.get("x").doubleValue(), at.get("y").doubleValue());
        page.mouse().down();
        page.mouse().move(at.get("left").doubleValue() + x * scale, at.get("top").doubleValue() + y * scale,
                new Mouse.MoveOptions().setSteps(6));
        page.mouse().up();
        @SuppressWarnings("unchecked")
        Map<String, Number> now = (Map<String, Number>) page.evaluate(
                "id => document.querySelector('kl-video-measure').stage.points[id]", point);
        page.locator(".kl-vm-point input[value=" + point + "]").check();
        page.locator(".kl-vm-canvas").focus();
        nudge("ArrowRight", "ArrowLeft", (int) Math.round(x - now.get("x").doubleValue()));
        nudge("ArrowDown", "ArrowUp", (int) Math.round(y - now.get("y").doubleValue()));
    }

    private void nudge(String forward, String back, int pixels) {
        for (int i = 0; i < Math.abs(pixels); i++) {
            page.keyboard().press(pixels > 0 ? forward : back);
        }
    }

    private void answer(AnswerKey key, String raw) {
        WizardFields.answer(page, content.catalogue(), key, raw);
    }

    /**
     * The tool's dialog at phone (390 x 844) and desktop (1280 x 800) size, as a person sees it on the screen: the
     * dialog scrolls inside itself, so a whole-page picture would only repeat the page behind it.
     */
    private void toolShots(String name) {
        assertNoSidewaysScroll(name + " on a phone");
        Object wider = page.evaluate("() => { const t = document.querySelector('kl-video-measure');"
                + " return t ? t.scrollWidth - t.clientWidth : 0; }");
        assertThat(((Number) wider).intValue()).as(name + ": the tool scrolls sideways on a phone").isLessThanOrEqualTo(0);
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, width == 390 ? 844 : 800);
            page.locator("kl-video-measure").scrollIntoViewIfNeeded();
            page.waitForTimeout(200);
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                    "video-" + name + (width == 390 ? "-phone" : "-desktop") + ".png")));
        }
        page.setViewportSize(390, 844);
    }

    private void screenshots(String name) {
        assertNoSidewaysScroll(name + " on a phone");
        screenshotsAtBothWidths("video-" + name);
    }
}
