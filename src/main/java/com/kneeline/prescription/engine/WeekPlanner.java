package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.content.model.Finding;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.Strength;
import com.kneeline.content.model.Template;

/**
 * Builds one week for one request.
 * <ol>
 *   <li>Coverage floor: for every {@link Need} (finding, pillar), strongest finding first, the allowed exercise
 *       that starts nearest the person's start level (never the ladder's top unless nothing else addresses the
 *       need; reactive patterns only when nothing else does, before the reactive phase) and covers the most
 *       still-uncovered needs.</li>
 *   <li>Each floor exercise goes into the session with the most time left, at full sets if it fits, else at the
 *       most sets down to {@code min-sets} that fit. If one cannot fit anywhere even at min-sets, the week is
 *       rebuilt in compact mode: every floor exercise once, at min-sets, nothing else.</li>
 *   <li>Fill: each session takes, pillar with the fewest exercises first, repeats of floor exercises and then
 *       other allowed exercises for the same needs, while they fit, no need exceeds its per-session cap, and no
 *       exercise is on more days, or closer days, than its days-per-week allows.</li>
 * </ol>
 * Steps 2 and 3 are {@link WeekSchedule}.
 */
final class WeekPlanner {

    /**
     * How well exercise {@code exercise} would start a floor for a need, best first: the lowest tier, not held for
     * a later phase, covering the most still-uncovered needs, on a ladder not used yet, nearest the start level.
     */
    private record FloorChoice(int tier, boolean heldForLater, int fresh, boolean ladderUsed, int distance,
                               int exercise) {
        static final Comparator<FloorChoice> BEST_FIRST = Comparator.comparingInt(FloorChoice::tier)
                .thenComparing(FloorChoice::heldForLater).thenComparing(Comparator.comparingInt(FloorChoice::fresh)
                        .reversed()).thenComparing(FloorChoice::ladderUsed).thenComparingInt(FloorChoice::distance)
                .thenComparingInt(FloorChoice::exercise);
    }

    private final Compiled c;
    private final RequestContext ctx;
    private final PrescriptionRules r;
    private final Rationales rationales;
    /** The person's needs, in priority order. */
    private final List<Need> needs = new ArrayList<>();
    /** Needed, by {@link Need#index}. */
    private final boolean[] needed;

    WeekPlanner(Compiled c, RequestContext ctx) {
        this.c = c;
        this.ctx = ctx;
        this.r = c.rules;
        this.rationales = new Rationales(c, ctx);
        needed = new boolean[c.findings.length * Need.SLOTS];
        for (RequestContext.PersonFinding f : ctx.findings) {
            for (int slot : c.neededSlots[f.index]) {
                Need need = new Need(f.index, slot);
                needs.add(need);
                needed[need.index()] = true;
            }
        }
    }

    Programme plan() {
        List<String> education = new ArrayList<>();
        boolean referral = ctx.anyFlagKnown;
        if (ctx.startReason != null && !ctx.findings.isEmpty()) {
            education.add(ctx.startReason);
        }
        if (ctx.kind == Programme.Kind.LOW_LOAD) {
            education.add(r.lowLoad().education());
        }
        for (RequestContext.PersonFinding f : ctx.findings) {
            Finding finding = c.findings[f.index];
            if (c.educationText[f.index] != null) {
                education.add(c.educationText[f.index]);
            }
            referral |= finding.professionalAssessment();
        }

        List<Integer> floor = floor(education);
        if (ctx.findings.isEmpty()) {
            education.add(r.wording().noFindings());
        }
        List<SessionPlan> sessions = floor.isEmpty() ? List.of()
                : new WeekSchedule(c, ctx, needs, needed, rationales).plan(floor);
        int asked = Math.max(1, ctx.request.sessionsPerWeek());
        if (!sessions.isEmpty() && sessions.size() < asked) {
            education.add(Template.fill(r.wording().fewerSessions(),
                    Map.of("sessions", Integer.toString(sessions.size()), "asked", Integer.toString(asked))));
        }
        return new Programme(ctx.kind, ctx.phaseId, c.phases, sessions,
                ctx.caving ? c.cavingSafetyNotes : c.baseSafetyNotes, education, referral);
    }

    /** Step 1, the coverage floor; a finding nothing can cover gets a line of education instead. */
    private List<Integer> floor(List<String> education) {
        boolean[] covered = new boolean[needed.length];
        List<Integer> floor = new ArrayList<>();
        boolean[] uncoveredNoted = new boolean[c.findings.length];
        boolean[] ladderUsed = new boolean[c.exercises.length];
        if (ctx.firstPhase) {
            entrySteps(floor, covered, ladderUsed);
        }
        for (Need need : needs) {
            if (covered[need.index()]) {
                continue;
            }
            FloorChoice best = null;
            for (int x : c.candidates[need.index()]) {
                if (!ctx.allowed[x]) {
                    continue;
                }
                int fresh = 0;
                for (int f : c.addresses[x]) {
                    int other = Need.index(f, c.pillarSlot[x]);
                    if (needed[other] && !covered[other]) {
                        fresh++;
                    }
                }
                FloorChoice choice = new FloorChoice(ctx.tier(x), ctx.heldForLaterPhase(x), fresh, ladderUsed[x],
                        ctx.distance(x), x);
                if (best == null || FloorChoice.BEST_FIRST.compare(choice, best) < 0) {
                    best = choice;
                }
            }
            if (best == null) {
                if (!uncoveredNoted[need.finding()]) {
                    uncoveredNoted[need.finding()] = true;
                    education.add(Template.fill(r.wording().uncovered(),
                            Map.of("finding", rationales.findingName(need.finding()))));
                }
                continue;
            }
            add(best.exercise(), floor, covered, ladderUsed);
        }
        return floor;
    }

    /**
     * Entry steps first: every strong or likely finding, strongest first, gets its entry exercises (or the lowest
     * allowed step of the same ladder) before any work for a possible finding.
     */
    private void entrySteps(List<Integer> floor, boolean[] covered, boolean[] ladderUsed) {
        for (RequestContext.PersonFinding f : ctx.findings) {
            if (f.strength == null || f.strength.compareTo(Strength.LIKELY) < 0) {
                continue;
            }
            for (int[] options : c.entryOptions[f.index]) {
                for (int x : options) {
                    if (!ctx.allowed[x]) {
                        continue;
                    }
                    if (!floor.contains(x)) {
                        add(x, floor, covered, ladderUsed);
                    }
                    break;
                }
            }
        }
    }

    /** Exercise x joins the floor: its ladder counts as used and every need it addresses as covered. */
    private void add(int x, List<Integer> floor, boolean[] covered, boolean[] ladderUsed) {
        floor.add(x);
        String ladder = c.exercises[x].ladder();
        for (int i = 0; i < c.exercises.length; i++) {
            if (c.exercises[i].ladder().equals(ladder)) {
                ladderUsed[i] = true;
            }
        }
        for (int f : c.addresses[x]) {
            covered[Need.index(f, c.pillarSlot[x])] = true;
        }
    }

    /** REFERRAL_ONLY: no sessions, the red-flag advice and whom to see for each stopping flag. */
    static Programme referralOnly(Compiled c, Set<String> raised) {
        List<String> education = new ArrayList<>();
        for (SafetyFlag f : c.flagsInOrder) {
            if (raised.contains(f.id()) && c.stopLevels.contains(f.level())) {
                education.add(f.professional() + ": " + Rationales.decapitalise(f.howSoon()) + ".");
            }
        }
        return new Programme(Programme.Kind.REFERRAL_ONLY, null, c.phases, List.of(),
                List.of(c.catalogue.referral().redFlags().advice()), education, true);
    }
}
