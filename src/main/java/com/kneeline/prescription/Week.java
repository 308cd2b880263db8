package com.kneeline.prescription;

import com.kneeline.assessment.AboutYou;

import org.hibernate.validator.constraints.Range;

/** Sessions per week and minutes per session, with their bounds declared once for the services and the forms. */
public record Week(
        @Range(min = AboutYou.MIN_SESSIONS, max = AboutYou.MAX_SESSIONS,
                message = "Sessions per week from {min} to {max}.")
        int sessionsPerWeek,
        @Range(min = AboutYou.MIN_MINUTES, max = AboutYou.MAX_MINUTES,
                message = "Minutes per session from {min} to {max}.")
        int minutesPerSession) {
}
