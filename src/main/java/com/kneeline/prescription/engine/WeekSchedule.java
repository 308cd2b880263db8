package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.PrescriptionRules;

/**
 * Spreads the coverage floor over the week's sessions and fills them (steps 2 and 3 of {@link WeekPlanner}): each
 * floor exercise into the session with the most time left, at full sets if it fits, else fewer down to min-sets
 * (or the whole week compact); then repeats and other exercises for the same needs while they fit, within the
 * per-session cap per need and each exercise's days per week.
 */
final class WeekSchedule {

    /** One exercise in one session, at a number of sets. */
    private record Slot(int exercise, int sets, int extra, int seconds) {
    }

    /** A session being filled: its day, its slots and the seconds they take, and exercises per pillar slot. */
    private static final class Session {
        final List<Slot> slots = new ArrayList<>();
        final int day;
        int seconds;
        final int[] perSlot = new int[Need.SLOTS];

        Session(int day, int warmUpSeconds) {
            this.day = day;
            this.seconds = warmUpSeconds;
        }

        boolean has(int exercise) {
            for (Slot s : slots) {
                if (s.exercise() == exercise) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A fill candidate's rank among the others for the same need: the lowest tier, then nearest the start level. */
    private record Extra(int tier, int distance, int exercise) {
        static final Comparator<Extra> ORDER = Comparator.comparingInt(Extra::tier).thenComparingInt(Extra::distance)
                .thenComparingInt(Extra::exercise);
    }

    private final Compiled c;
    private final RequestContext ctx;
    private final PrescriptionRules r;
    private final List<Need> needs;
    private final boolean[] needed;
    private final Rationales rationales;
    private final int budget;
    private final int minSets;
    /** Extra-sets side per exercise for this person, or null. */
    private final Side[] extraSide;

    WeekSchedule(Compiled c, RequestContext ctx, List<Need> needs, boolean[] needed, Rationales rationales) {
        this.c = c;
        this.ctx = ctx;
        this.r = c.rules;
        this.needs = needs;
        this.needed = needed;
        this.rationales = rationales;
        this.budget = ctx.request.minutesPerSession() * 60;
        this.minSets = r.timing().minSets();
        this.extraSide = new Side[c.exercises.length];
    }

    List<SessionPlan> plan(List<Integer> floor) {
        for (int x : floor) {
            extraSide[x] = extraSetsSide(x);
        }
        int n = Math.max(1, ctx.request.sessionsPerWeek());
        Session[] sessions = fresh(n);
        boolean compact = false;
        for (int x : floor) {
            Session s = roomiest(sessions);
            Slot slot = fitting(x, s, true);
            if (slot == null) {
                compact = true;
                break;
            }
            add(s, slot);
        }
        if (compact) {
            sessions = fresh(n);
            for (int x : floor) {
                add(roomiest(sessions), slot(x, Math.min(minSets, c.exercises[x].dosage().sets()), 0));
            }
        } else {
            fill(sessions, floor);
        }
        // A day left with no exercise (every exercise already on its days-per-week, or fewer exercises than days
        // in a compact week) is a rest day, not a session of warm-up only; the rest keep their days.
        List<SessionPlan> plans = new ArrayList<>(n);
        for (Session s : sessions) {
            if (s.slots.isEmpty()) {
                continue;
            }
            s.slots.sort(Comparator.comparingInt(Slot::exercise));
            List<PlannedExercise> planned = new ArrayList<>(s.slots.size());
            for (Slot slot : s.slots) {
                planned.add(planned(slot));
            }
            plans.add(new SessionPlan(plans.size() + 1, s.day, c.warmUp, planned, (s.seconds + 59) / 60));
        }
        return plans;
    }

    private Session[] fresh(int n) {
        Session[] sessions = new Session[n];
        for (int i = 0; i < n; i++) {
            sessions[i] = new Session(dayOf(i, n), c.warmUpSeconds);
        }
        return sessions;
    }

    private void fill(Session[] sessions, List<Integer> floor) {
        // Candidate pool per pillar slot: floor exercises first, then other allowed exercises for needed pairs,
        // in need priority order and, within a need, nearest the start level.
        int perNeed = r.pillarBalance().maxPerFindingAndPillarPerSession();
        List<List<Integer>> pool = new ArrayList<>();
        for (int p = 0; p < Need.SLOTS; p++) {
            pool.add(new ArrayList<>());
        }
        boolean[] inPool = new boolean[c.exercises.length];
        boolean[] isFloor = new boolean[c.exercises.length];
        for (int x : floor) {
            isFloor[x] = true;
            inPool[x] = true;
            pool.get(c.pillarSlot[x]).add(x);
        }
        if (perNeed > 1) {
            for (Need need : needs) {
                List<Extra> extras = new ArrayList<>();
                for (int x : c.candidates[need.index()]) {
                    if (ctx.allowed[x] && !inPool[x] && ctx.tier(x) < 2 && !ctx.heldForLaterPhase(x)) {
                        extras.add(new Extra(ctx.tier(x), ctx.distance(x), x));
                    }
                }
                extras.sort(Extra.ORDER);
                for (int k = 0; k < extras.size() && k < perNeed - 1; k++) {
                    int x = extras.get(k).exercise();
                    inPool[x] = true;
                    extraSide[x] = extraSetsSide(x);
                    pool.get(c.pillarSlot[x]).add(x);
                }
            }
        }
        boolean[] neededSlot = new boolean[Need.SLOTS];
        for (Need need : needs) {
            neededSlot[need.slot()] = true;
        }
        int min = r.pillarBalance().minPerNeededPillarPerSession();
        for (Session s : sessions) {
            int[] perNeedCount = new int[needed.length];
            for (Slot slot : s.slots) {
                count(perNeedCount, slot.exercise());
            }
            Slot chosen;
            while ((chosen = next(s, sessions, pool, isFloor, neededSlot, perNeedCount, perNeed, min)) != null) {
                add(s, chosen);
                count(perNeedCount, chosen.exercise());
            }
        }
    }

    /** The next slot for the session: pillars below the minimum first, then the fewest exercises, then enum order. */
    private Slot next(Session s, Session[] sessions, List<List<Integer>> pool, boolean[] isFloor, boolean[] neededSlot,
                      int[] perNeedCount, int cap, int min) {
        Integer[] order = new Integer[Need.SLOTS];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(p -> s.perSlot[p] >= min ? 1 : 0)
                .thenComparingInt(p -> s.perSlot[p]).thenComparingInt(p -> p));
        for (int p : order) {
            if (!neededSlot[p]) {
                continue;
            }
            for (int x : pool.get(p)) {
                if (s.has(x) || overCap(perNeedCount, x, cap) || tooOften(x, s, sessions)) {
                    continue;
                }
                Slot slot = fitting(x, s, isFloor[x]);
                if (slot != null) {
                    return slot;
                }
            }
        }
        return null;
    }

    /** Sessions spread over the week: day 1 + i * 7 / n of 7. */
    private static int dayOf(int i, int n) {
        return 1 + i * 7 / n;
    }

    /**
     * Whether one more session with exercise x would go beyond the content's days-per-week for it. An exercise is
     * repeated on at most days-per-week days, spread evenly: each day it is on is at least 7 / days-per-week days
     * (rounded down) from every other, counting across the weekend, so "3 days a week" never lands on three days in
     * a row and tissue gets the recovery the dose assumes.
     */
    private boolean tooOften(int x, Session candidate, Session[] sessions) {
        int days = c.exercises[x].dosage().daysPerWeek();
        int gap = 7 / days;
        int on = 0;
        for (Session other : sessions) {
            if (other.has(x)) {
                on++;
                if (daysApart(other.day, candidate.day) < gap) {
                    return true;
                }
            }
        }
        return on >= days;
    }

    /** Days between two days of a week, the shorter way round (day 7 and day 1 are one day apart). */
    static int daysApart(int a, int b) {
        int d = Math.abs(a - b);
        return Math.min(d, 7 - d);
    }

    private void count(int[] perNeedCount, int x) {
        for (int f : c.addresses[x]) {
            perNeedCount[Need.index(f, c.pillarSlot[x])]++;
        }
    }

    private boolean overCap(int[] perNeedCount, int x, int cap) {
        for (int f : c.addresses[x]) {
            int need = Need.index(f, c.pillarSlot[x]);
            if (needed[need] && perNeedCount[need] >= cap) {
                return true;
            }
        }
        return false;
    }

    private static Session roomiest(Session[] sessions) {
        Session best = sessions[0];
        for (Session s : sessions) {
            if (s.seconds < best.seconds) {
                best = s;
            }
        }
        return best;
    }

    private void add(Session s, Slot slot) {
        s.slots.add(slot);
        s.seconds += slot.seconds();
        s.perSlot[c.pillarSlot[slot.exercise()]]++;
    }

    /** Full sets (with extra sets) if they fit; for floor exercises fewer sets down to min-sets; else null. */
    private Slot fitting(int x, Session s, boolean reducible) {
        int full = c.exercises[x].dosage().sets();
        int extra = extraSide[x] == null ? 0 : r.affectedSide().extraSets();
        Slot slot = slot(x, full, extra);
        if (s.seconds + slot.seconds() <= budget) {
            return slot;
        }
        if (!reducible) {
            return null;
        }
        for (int sets = full - 1; sets >= Math.min(minSets, full); sets--) {
            slot = slot(x, sets, 0);
            if (s.seconds + slot.seconds() <= budget) {
                return slot;
            }
        }
        return null;
    }

    /**
     * A slot's seconds: every set (both sides if unilateral, plus extra sets) at its top reps x seconds per rep
     * (tempo, or the default) or its top hold, rest between consecutive sets, a side change for unilateral work and
     * one transition.
     */
    private Slot slot(int x, int sets, int extra) {
        return new Slot(x, sets, extra, c.seconds(x, c.perSetSeconds[x], c.exercises[x].dosage().restSeconds(), sets,
                extra));
    }

    /** The one leg that gets extra sets of unilateral exercise x, or null. */
    private Side extraSetsSide(int x) {
        Exercise e = c.exercises[x];
        if (!e.unilateral() || r.affectedSide().extraSets() == 0) {
            return null;
        }
        for (PrescriptionRules.ExtraSetsWhen when : r.affectedSide().appliesWhen()) {
            Side side = switch (when) {
                case SIDE_FINDING -> onlySideOfFindings(x);
                case AFFECTED_KNEE -> ctx.request.affectedSides().size() == 1
                        ? ctx.request.affectedSides().iterator().next() : null;
            };
            if (side != null) {
                return side;
            }
        }
        return null;
    }

    private Side onlySideOfFindings(int x) {
        boolean left = false;
        boolean right = false;
        for (int f : c.addresses[x]) {
            RequestContext.PersonFinding pf = ctx.byIndex[f];
            if (pf == null) {
                continue;
            }
            for (InferredFinding e : pf.entries) {
                left |= e.side() == Side.LEFT;
                right |= e.side() == Side.RIGHT;
            }
        }
        return left == right ? null : left ? Side.LEFT : Side.RIGHT;
    }

    private PlannedExercise planned(Slot slot) {
        int x = slot.exercise();
        Exercise e = c.exercises[x];
        var d = e.dosage();
        boolean reps = d.reps() != null;
        return new PlannedExercise(e.id(), e.pillar(), slot.sets(),
                reps ? d.reps().min() : 0, reps ? d.reps().max() : 0,
                reps ? 0 : d.holdSeconds().min(), reps ? 0 : d.holdSeconds().max(),
                c.tempo[x], d.restSeconds(), slot.extra() > 0 ? extraSide[x] : null, slot.extra(),
                ctx.loadAllowed(x) ? e.loadGuidance() : null, slot.seconds(), rationales.of(x));
    }
}
