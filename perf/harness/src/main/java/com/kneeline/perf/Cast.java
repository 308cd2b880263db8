package com.kneeline.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo cast for the load phases: the bundled demo people (the trainer and her clients give the plan editor eight
 * weeks of history) plus fresh individuals, assessed today with nothing logged, one per scenario run (a session can
 * be logged once a day) and one whose Today stays open in many tabs.
 */
final class Cast {

    static final String OPEN = "perf-open@demo.kneeline.app";

    private Cast() {
    }

    static String runner(String kind, int i) {
        return "perf-" + kind + "-" + i + "@demo.kneeline.app";
    }

    static Path write(Path root, Path target, int runners) throws IOException {
        StringBuilder yaml = new StringBuilder(onlyTheTrainersClient(
                Files.readString(root.resolve("src/main/resources/demo/people.yaml"))));
        person(yaml, OPEN);
        for (int i = 1; i <= 2; i++) {
            person(yaml, runner("warm", i));
        }
        for (int i = 1; i <= runners; i++) {
            person(yaml, runner("run", i));
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, yaml);
        return target;
    }

    /**
     * The demo file's trainer and the client whose plan editor is measured ({@link Scenarios#CLIENT_NAME}); the other
     * demo people would only make the seeding, which replays weeks of training day by day, take longer.
     */
    private static String onlyTheTrainersClient(String demo) {
        int list = demo.indexOf("\npeople:\n") + "\npeople:\n".length();
        StringBuilder out = new StringBuilder(demo.substring(0, list));
        for (String person : demo.substring(list).split("\n(?=  - email:)")) {
            if (person.contains("name: " + Scenarios.CLIENT_NAME)) {
                out.append(person.stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    /** Someone like the demo's Maya (netball, band and weights, knee caving in), assessed today. */
    private static void person(StringBuilder yaml, String email) {
        yaml.append("  - email: ").append(email).append('\n')
                .append("    name: ").append(email, 0, email.indexOf('@')).append('\n')
                .append("""
                            with-trainer: false
                            story: FRESH
                            weeks: 0
                            about: {knees: LEFT, activities: netball, goal: SPORT, equipment: [band, weights], minutes: 30, sessions: 3}
                            per-side:
                              sls-knee-inward: "yes"
                              cue-corrects-knee: "yes"
                            left:
                              knee-to-wall-cm: "7"
                              hip-abduction-hold-seconds: "25"
                        """);
    }
}
