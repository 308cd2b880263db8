package com.kneeline.tracking.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.MorningPain;
import com.kneeline.content.model.NoProgress;
import com.kneeline.content.model.PersistentPain;
import com.kneeline.content.model.ReferralRules;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.Worsening;

/**
 * When to advise seeing a professional, from the content's referral rules. "Within D days" means the D calendar
 * days ending today (today and the D-1 days before it).
 */
public final class ReferralFlags {

    /** The flags, most serious first; {@link #exercisePaused()} when any stops exercise. */
    public record Result(List<Flag> flags) {
        public Result {
            flags = List.copyOf(flags);
        }

        public boolean exercisePaused() {
            return flags.stream().anyMatch(Flag::stopsExercise);
        }

        public boolean has(Flag.Kind kind) {
            return flags.stream().anyMatch(f -> f.kind() == kind);
        }
    }

    private final ContentCatalogue catalogue;
    private final ReferralRules rules;
    private final Comparison comparison;
    private final int graceDays;

    public ReferralFlags(ContentCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.rules = catalogue.referral();
        this.comparison = new Comparison(catalogue);
        this.graceDays = catalogue.progression().adherence().graceDays();
    }

    public Result evaluate(ReferralInput in) {
        Objects.requireNonNull(in, "in");
        List<Flag> flags = new ArrayList<>();
        redFlags(in, flags);
        persistentPain(in, flags);
        painNotSettling(in, flags);
        functionalLimitation(in, flags);
        int adherence = Adherence.window(in.plannedDates(), Adherence.doneDates(in.sessions()), in.programmeStart(),
                in.today(), in.today(), graceDays).percent();
        noProgress(in, adherence, flags);
        worsening(in, adherence, flags);
        return new Result(flags);
    }

    /**
     * "I got hurt / something changed": the safety screen run again mid-programme. Every question answered yes is a
     * red flag; with none, the report itself is a flag that pauses progression until the person confirms the knee
     * feels as before, because a change they noticed should not be trained through.
     *
     * @param yes         ids of the safety flags answered yes (unknown ids are ignored)
     * @param description the person's own words, or null
     */
    public List<Flag> reported(LocalDate date, java.util.Collection<String> yes, String description) {
        List<Flag> flags = new ArrayList<>();
        redFlags(yes, flags);
        flags.replaceAll(f -> new Flag(f.kind(), "On " + date + " y" + f.seen().substring(1), f.whyItMatters(),
                f.professional(), f.stopsExercise()));
        if (flags.isEmpty()) {
            var r = rules.changeReported();
            String words = description == null || description.isBlank() ? "" : ": \u201c" + description.strip()
                    + "\u201d";
            flags.add(new Flag(Flag.Kind.CHANGE_REPORTED, "On " + date + " you reported that something changed in "
                    + "your knee" + words + ". You answered no to every safety question.", r.advice(),
                    r.professional(), true));
        }
        return flags;
    }

    private void redFlags(ReferralInput in, List<Flag> flags) {
        redFlags(in.raisedSafetyFlags(), flags);
    }

    private void redFlags(java.util.Collection<String> ids, List<Flag> flags) {
        for (String id : ids) {
            Optional<SafetyFlag> flag = catalogue.safetyFlag(id);
            if (flag.isEmpty()) {
                continue;
            }
            SafetyFlag f = flag.get();
            flags.add(new Flag(Flag.Kind.RED_FLAG, f.statement(), rules.redFlags().advice(),
                    f.professional() + ", " + f.howSoon(), rules.redFlags().stopExerciseAt().contains(f.level())));
        }
    }

    private boolean within(LocalDate date, LocalDate today, int days) {
        long ago = ChronoUnit.DAYS.between(date, today);
        return ago >= 0 && ago < days;
    }

    private void persistentPain(ReferralInput in, List<Flag> flags) {
        PersistentPain r = rules.persistentPain();
        List<SessionLog> done = in.sessions().stream().filter(SessionLog::wasDone)
                .filter(s -> !s.date().isAfter(in.today()))
                .sorted(Comparator.comparing(SessionLog::date)).toList();
        long above = done.stream().filter(s -> within(s.date(), in.today(), r.withinDays()))
                .filter(s -> s.maxPain() > r.painAbove()).count();
        if (above >= r.sessions()) {
            flags.add(new Flag(Flag.Kind.PERSISTENT_PAIN, "Pain during exercise was above " + r.painAbove()
                    + "/10 in " + above + " sessions in the last " + r.withinDays() + " days.", r.advice(),
                    r.professional(), false));
            return;
        }
        int n = r.risingSessions();
        int safeMax = catalogue.progression().painMonitoring().safeMax();
        if (done.size() >= n) {
            List<SessionLog> last = done.subList(done.size() - n, done.size());
            boolean rising = true;
            for (int i = 1; i < n; i++) {
                rising &= last.get(i).maxPain() > last.get(i - 1).maxPain();
            }
            int lastPain = last.get(n - 1).maxPain();
            if (rising && lastPain > safeMax) {
                flags.add(new Flag(Flag.Kind.PERSISTENT_PAIN, "Pain during exercise rose in each of your last " + n
                        + " sessions, to " + lastPain + "/10.", r.advice(), r.professional(), false));
            }
        }
    }

    private void painNotSettling(ReferralInput in, List<Flag> flags) {
        MorningPain r = rules.painNotSettling();
        long times = in.checkIns().stream().filter(c -> !c.painSettled())
                .filter(c -> within(c.date(), in.today(), r.withinDays())).count();
        if (times >= r.times()) {
            flags.add(new Flag(Flag.Kind.PAIN_NOT_SETTLING, "Your pain had not settled by the next morning " + times
                    + " times in the last " + r.withinDays() + " days.", r.advice(), r.professional(), false));
        }
    }

    private void functionalLimitation(ReferralInput in, List<Flag> flags) {
        Optional<MorningCheckIn> latest = in.checkIns().stream().filter(c -> c.functionalLimitation() != null)
                .filter(c -> !c.date().isAfter(in.today())).max(Comparator.comparing(MorningCheckIn::date));
        if (latest.isPresent() && latest.get().functionalLimitation()) {
            var r = rules.functionalLimitation();
            flags.add(new Flag(Flag.Kind.FUNCTIONAL_LIMITATION, "On " + latest.get().date()
                    + " you answered yes to: " + r.question(), r.advice(), r.professional(), false));
        }
    }

    /**
     * No meaningful change in the main outcomes at the content's weeks. The rule itself lives with the outcomes
     * ({@link StalledOutcomes}, through {@code NoProgressCheck}); here its verdict becomes the flag, with the
     * adherence reported. Adherence never suppresses it: missed sessions are often the pain's doing.
     */
    private void noProgress(ReferralInput in, int adherence, List<Flag> flags) {
        StalledOutcomes s = in.stalled();
        if (s == null) {
            return;
        }
        NoProgress r = rules.noProgress();
        flags.add(new Flag(Flag.Kind.NO_PROGRESS, "After " + s.weeks() + " weeks and " + s.reassessments()
                + (s.reassessments() == 1 ? " reassessment" : " reassessments") + " (" + adherence
                + " % of sessions done), none of your main outcomes changed by more than measurement error: "
                + String.join(", ", s.outcomes()) + ".", r.advice(), r.professional(), false));
    }

    private void worsening(ReferralInput in, int adherence, List<Flag> flags) {
        Worsening r = rules.worsening();
        List<Answers> a = in.assessments();
        if (a.size() - 1 < r.reassessments() || adherence < r.minAdherencePercent()) {
            return;
        }
        Answers from = a.get(a.size() - 1 - r.reassessments());
        List<String> worse = comparison.compare(from, a.get(a.size() - 1), null).stream()
                .filter(c -> c.sinceBaseline() == MeasureChange.Outcome.WORSENED)
                .map(c -> c.name() + (c.side() == null ? "" : " (" + c.side().label() + ")")).toList();
        if (!worse.isEmpty()) {
            flags.add(new Flag(Flag.Kind.WORSENING, "Worse by more than measurement error with " + adherence
                    + " % of sessions done: " + String.join(", ", worse) + ".", r.advice(), r.professional(), false));
        }
    }
}
