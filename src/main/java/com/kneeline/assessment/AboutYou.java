package com.kneeline.assessment;

import java.util.Set;

/**
 * The "about you" step: what the programme must fit. Limits are constants so the form and the service agree.
 * {@code sex} is no longer asked here: the content pack's {@code sex} input (about step) selects the FPPA norms,
 * and migration V14_1 copied earlier answers there. The form passes {@code null}.
 */
public record AboutYou(Knees knees, String activities, Goal goal, Set<String> equipment, int minutesPerSession,
                       int sessionsPerWeek, Sex sex) {

    public static final int ACTIVITIES_MAX_LENGTH = 200;
    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 90;
    public static final int MIN_SESSIONS = 1;
    public static final int MAX_SESSIONS = 7;

    public AboutYou {
        equipment = Set.copyOf(equipment);
        activities = activities == null ? "" : activities.strip();
    }

    public enum Knees {
        LEFT("My left knee"), RIGHT("My right knee"), BOTH("Both knees");

        private final String label;

        Knees(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Goal {
        SQUAT("Squat and lift without my knees caving in"),
        RUN("Run without my knees caving in"),
        SPORT("Land, jump and change direction safely in sport"),
        EVERYDAY("Move comfortably in daily life: stairs, walking, getting up");

        private final String label;

        Goal(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Sex {
        FEMALE("Female"), MALE("Male"), NOT_SAID("Prefer not to say");

        private final String label;

        Sex(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
