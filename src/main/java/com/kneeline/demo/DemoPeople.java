package com.kneeline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.assessment.AboutYou;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The demo cast from {@code demo/people.yaml}: who they are, their answers and the story the seeder plays. */
record DemoPeople(String password, Answers usual, Trainer trainer, List<Person> people) {

    static final String RESOURCE = "/demo/people.yaml";

    /** Answers by content input id; {@code perSide} apply to both legs, {@code left}/{@code right} to one. */
    record Answers(Map<String, String> answers, Map<String, String> perSide) {
        Answers {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
            perSide = perSide == null ? Map.of() : Map.copyOf(perSide);
        }
    }

    record Trainer(String email, String name) {
    }

    enum Story { FRESH, STEADY, PAIN_SPIKE, LAPSED }

    record About(AboutYou.Knees knees, String activities, AboutYou.Goal goal, Set<String> equipment, int minutes,
                 int sessions) {
        AboutYou toAboutYou() {
            return new AboutYou(knees, activities, goal, equipment == null ? Set.of() : equipment, minutes, sessions,
                    null);
        }
    }

    record Person(String email, String name, boolean withTrainer, Story story, int weeks, About about,
                  Map<String, String> answers, Map<String, String> perSide, Map<String, String> left,
                  Map<String, String> right, Map<String, String> perSideAtCheckIn) {
        Person {
            perSideAtCheckIn = perSideAtCheckIn == null ? Map.of() : Map.copyOf(perSideAtCheckIn);
            answers = answers == null ? Map.of() : Map.copyOf(answers);
            perSide = perSide == null ? Map.of() : Map.copyOf(perSide);
            left = left == null ? Map.of() : Map.copyOf(left);
            right = right == null ? Map.of() : Map.copyOf(right);
        }
    }

    static DemoPeople load() {
        return load(null);
    }

    /**
     * @param file another cast file (the performance harness seeds more people with it, see perf/run), or null for
     *             the bundled {@value #RESOURCE}
     */
    static DemoPeople load(java.nio.file.Path file) {
        YAMLMapper mapper = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = file == null ? DemoPeople.class.getResourceAsStream(RESOURCE)
                : java.nio.file.Files.newInputStream(file)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return mapper.readValue(in, DemoPeople.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
