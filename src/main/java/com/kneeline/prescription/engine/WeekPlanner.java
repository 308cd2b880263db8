package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.Strength;
import com.kneeline.content.model.Template;

/**
 * Builds one week for one request.
 * <ol>
 *   <li>Coverage floor: for every needed (finding, pillar) pair, strongest finding first, the allowed exercise
 *       that starts nearest the person's start level (never the ladder's top unless nothing else addresses the
 *       pair; reactive patterns only when nothing else does, before the reactive phase) and covers the most
 *       still-uncovered pairs.</li>
 *   <li>Each floor exercise goes into the session with the most time left, at full sets if it fits, else at the
 *       most sets down to {@code min-sets} that fit. If one cannot fit anywhere even at min-sets, the week is
 *       rebuilt in compact mode: every floor exercise once, at min-sets, nothing else.</li>
 *   <li>Fill: each session takes, pillar with the fewest exercises first, repeats of floor exercises and then
 *       other allowed exercises for the same pairs, while they fit, no pair exceeds its per-session cap, and no
 *       exercise is on more days, or closer days, than its days-per-week allows.</li>
 * </ol>
 */
final class WeekPlanner {

    private final Compiled c;
    private final RequestContext ctx;
    private final PrescriptionRules r;
    private final int budget;
    private final int minSets;

    /** Needed pairs (finding index * 3 + slot), in priority order. */
    private final int[] pairs;
    private final boolean[] needed;
    /** Extra-sets side per exercise for this person, or null. */
    private final Side[] extraSide;
    private final List<Rationale>[] rationaleCache;

    WeekPlanner(Compiled c, RequestContext ctx) {
        this.c = c;
        this.ctx = ctx;
        this.r = c.rules;
        this.budget = ctx.request.minutesPerSession() * 60;
        this.minSets = r.timing().minSets();
        List<Integer> ps = new ArrayList<>();
        needed = new boolean[c.findings.length * 3];
        for (RequestContext.PersonFinding f : ctx.findings) {
            for (int slot : c.neededSlots[f.index]) {
                ps.add(f.index * 3 + slot);
                needed[f.index * 3 + slot] = true;
            }
        }
        pairs = ps.stream().mapToInt(Integer::intValue).toArray();
        extraSide = new Side[c.exercises.length];
        @SuppressWarnings("unchecked")
        List<Rationale>[] cache = new List[c.exercises.length];
        rationaleCache = cache;
    }

    private static final class Slot {
        final int exercise;
        final int sets;
        final int extra;
        final int seconds;
        final boolean floor;

        Slot(int exercise, int sets, int extra, int seconds, boolean floor) {
            this.exercise = exercise;
            this.sets = sets;
            this.extra = extra;
            this.seconds = seconds;
            this.floor = floor;
        }
    }

    private static final class Session {
        final List<Slot> slots = new ArrayList<>();
        final int day;
        int seconds;
        final int[] perSlot = new int[3];

        Session(int day, int warmUpSeconds) {
            this.day = day;
            this.seconds = warmUpSeconds;
        }

        boolean has(int exercise) {
            for (Slot s : slots) {
                if (s.exercise == exercise) {
                    return true;
                }
            }
            return false;
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

        // 1. coverage floor
        boolean[] covered = new boolean[needed.length];
        List<Integer> floor = new ArrayList<>();
        boolean[] uncoveredNoted = new boolean[c.findings.length];
        boolean[] ladderUsed = new boolean[c.exercises.length];
        if (ctx.firstPhase) {
            entrySteps(floor, covered, ladderUsed);
        }
        for (int pair : pairs) {
            if (covered[pair]) {
                continue;
            }
            int best = -1;
            int[] bestKey = null;
            for (int x : c.candidates[pair]) {
                if (!ctx.allowed[x]) {
                    continue;
                }
                int fresh = 0;
                for (int f : c.addresses[x]) {
                    int p = f * 3 + c.pillarSlot[x];
                    if (needed[p] && !covered[p]) {
                        fresh++;
                    }
                }
                int[] key = {ctx.tier(x), ctx.heldForLaterPhase(x) ? 1 : 0, -fresh, ladderUsed[x] ? 1 : 0, ctx.distance(x), x};
                if (best < 0 || compare(key, bestKey) < 0) {
                    best = x;
                    bestKey = key;
                }
            }
            if (best < 0) {
                int f = pair / 3;
                if (!uncoveredNoted[f]) {
                    uncoveredNoted[f] = true;
                    education.add(Template.fill(r.wording().uncovered(), Map.of("finding", findingName(f))));
                }
                continue;
            }
            floor.add(best);
            markLadder(best, ladderUsed);
            for (int f : c.addresses[best]) {
                covered[f * 3 + c.pillarSlot[best]] = true;
            }
        }
        if (ctx.findings.isEmpty()) {
            education.add(r.wording().noFindings());
        }
        for (int x : floor) {
            extraSide[x] = extraSetsSide(x);
        }

        List<SessionPlan> sessions = floor.isEmpty() ? List.of() : schedule(floor);
        int asked = Math.max(1, ctx.request.sessionsPerWeek());
        if (!sessions.isEmpty() && sessions.size() < asked) {
            education.add(Template.fill(r.wording().fewerSessions(),
                    Map.of("sessions", Integer.toString(sessions.size()), "asked", Integer.toString(asked))));
        }
        return new Programme(ctx.kind, ctx.phaseId, c.phases, sessions,
                ctx.caving ? c.cavingSafetyNotes : c.baseSafetyNotes, education, referral);
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
                        floor.add(x);
                        markLadder(x, ladderUsed);
                        for (int a : c.addresses[x]) {
                            covered[a * 3 + c.pillarSlot[x]] = true;
                        }
                    }
                    break;
                }
            }
        }
    }

    private void markLadder(int x, boolean[] ladderUsed) {
        String ladder = c.exercises[x].ladder();
        for (int i = 0; i < c.exercises.length; i++) {
            if (c.exercises[i].ladder().equals(ladder)) {
                ladderUsed[i] = true;
            }
        }
    }

    private List<SessionPlan> schedule(List<Integer> floor) {
        int n = Math.max(1, ctx.request.sessionsPerWeek());
        Session[] sessions = new Session[n];
        for (int i = 0; i < n; i++) {
            sessions[i] = new Session(dayOf(i, n), c.warmUpSeconds);
        }
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
            for (int i = 0; i < n; i++) {
                sessions[i] = new Session(dayOf(i, n), c.warmUpSeconds);
            }
            for (int x : floor) {
                add(roomiest(sessions), slot(x, Math.min(minSets, c.exercises[x].dosage().sets()), 0, true));
            }
        } else {
            fill(sessions, floor);
        }
        // A day left with no exercise (every exercise already on its days-per-week, or fewer exercises than days
        // in a compact week) is a rest day, not a session of warm-up only; the rest keep their days.
        List<SessionPlan> plans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Session s = sessions[i];
            if (s.slots.isEmpty()) {
                continue;
            }
            s.slots.sort((a, b) -> Integer.compare(a.exercise, b.exercise));
            List<PlannedExercise> planned = new ArrayList<>(s.slots.size());
            for (Slot slot : s.slots) {
                planned.add(planned(slot));
            }
            plans.add(new SessionPlan(plans.size() + 1, s.day, c.warmUp, planned, (s.seconds + 59) / 60));
        }
        return plans;
    }

    private void fill(Session[] sessions, List<Integer> floor) {
        // Candidate pool per pillar slot: floor exercises first, then other allowed exercises for needed pairs,
        // in pair priority order and, within a pair, nearest the start level.
        int perPair = r.pillarBalance().maxPerFindingAndPillarPerSession();
        List<List<Integer>> pool = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean[] inPool = new boolean[c.exercises.length];
        boolean[] isFloor = new boolean[c.exercises.length];
        for (int x : floor) {
            isFloor[x] = true;
            inPool[x] = true;
            pool.get(c.pillarSlot[x]).add(x);
        }
        if (perPair > 1) {
            for (int pair : pairs) {
                List<Integer> extras = new ArrayList<>();
                for (int x : c.candidates[pair]) {
                    if (ctx.allowed[x] && !inPool[x] && ctx.tier(x) < 2 && !ctx.heldForLaterPhase(x)) {
                        extras.add(x);
                    }
                }
                extras.sort((a, b) -> compare(new int[] {ctx.tier(a), ctx.distance(a), a},
                        new int[] {ctx.tier(b), ctx.distance(b), b}));
                for (int k = 0; k < extras.size() && k < perPair - 1; k++) {
                    int x = extras.get(k);
                    inPool[x] = true;
                    extraSide[x] = extraSetsSide(x);
                    pool.get(c.pillarSlot[x]).add(x);
                }
            }
        }
        boolean[] neededSlot = new boolean[3];
        for (int pair : pairs) {
            neededSlot[pair % 3] = true;
        }
        int min = r.pillarBalance().minPerNeededPillarPerSession();
        for (Session s : sessions) {
            int[] pairCount = new int[needed.length];
            for (Slot slot : s.slots) {
                count(pairCount, slot.exercise, +1);
            }
            while (true) {
                // pillars below the minimum first, then the fewest exercises, then enum order
                Integer[] order = {0, 1, 2};
                Arrays.sort(order, (a, b) -> {
                    int ua = s.perSlot[a] >= min ? 1 : 0;
                    int ub = s.perSlot[b] >= min ? 1 : 0;
                    return ua != ub ? Integer.compare(ua, ub)
                            : s.perSlot[a] != s.perSlot[b] ? Integer.compare(s.perSlot[a], s.perSlot[b])
                            : Integer.compare(a, b);
                });
                Slot chosen = null;
                for (int p : order) {
                    if (!neededSlot[p]) {
                        continue;
                    }
                    for (int x : pool.get(p)) {
                        if (s.has(x) || overCap(pairCount, x, perPair) || tooOften(x, s, sessions)) {
                            continue;
                        }
                        chosen = fitting(x, s, isFloor[x]);
                        if (chosen != null) {
                            break;
                        }
                    }
                    if (chosen != null) {
                        break;
                    }
                }
                if (chosen == null) {
                    break;
                }
                add(s, chosen);
                count(pairCount, chosen.exercise, +1);
            }
        }
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

    private void count(int[] pairCount, int x, int delta) {
        for (int f : c.addresses[x]) {
            pairCount[f * 3 + c.pillarSlot[x]] += delta;
        }
    }

    private boolean overCap(int[] pairCount, int x, int cap) {
        for (int f : c.addresses[x]) {
            int p = f * 3 + c.pillarSlot[x];
            if (needed[p] && pairCount[p] >= cap) {
                return true;
            }
        }
        return false;
    }

    private Session roomiest(Session[] sessions) {
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
        s.seconds += slot.seconds;
        s.perSlot[c.pillarSlot[slot.exercise]]++;
    }

    /** Full sets (with extra sets) if they fit; for floor exercises fewer sets down to min-sets; else null. */
    private Slot fitting(int x, Session s, boolean reducible) {
        int full = c.exercises[x].dosage().sets();
        int extra = extraSide[x] == null ? 0 : r.affectedSide().extraSets();
        Slot slot = slot(x, full, extra, reducible);
        if (s.seconds + slot.seconds <= budget) {
            return slot;
        }
        if (!reducible) {
            return null;
        }
        for (int sets = full - 1; sets >= Math.min(minSets, full); sets--) {
            slot = slot(x, sets, 0, true);
            if (s.seconds + slot.seconds <= budget) {
                return slot;
            }
        }
        return null;
    }

    private Slot slot(int x, int sets, int extra, boolean floor) {
        return new Slot(x, sets, extra, seconds(x, sets, extra), floor);
    }

    /**
     * Seconds for one exercise: every set (both sides if unilateral, plus extra sets) at its top reps x seconds
     * per rep (tempo, or the default) or its top hold, rest between consecutive sets, a side change for
     * unilateral work and one transition.
     */
    int seconds(int x, int sets, int extra) {
        return c.seconds(x, c.perSetSeconds[x], c.exercises[x].dosage().restSeconds(), sets, extra);
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
                if (e.side() == Side.LEFT) {
                    left = true;
                } else if (e.side() == Side.RIGHT) {
                    right = true;
                }
            }
        }
        return left == right ? null : left ? Side.LEFT : Side.RIGHT;
    }

    private PlannedExercise planned(Slot slot) {
        int x = slot.exercise;
        Exercise e = c.exercises[x];
        var d = e.dosage();
        boolean reps = d.reps() != null;
        return new PlannedExercise(e.id(), e.pillar(), slot.sets,
                reps ? d.reps().min() : 0, reps ? d.reps().max() : 0,
                reps ? 0 : d.holdSeconds().min(), reps ? 0 : d.holdSeconds().max(),
                c.tempo[x], d.restSeconds(), slot.extra > 0 ? extraSide[x] : null, slot.extra,
                ctx.loadAllowed(x) ? e.loadGuidance() : null, slot.seconds, rationale(x));
    }


    /** One entry per finding and side of the person that exercise x addresses, in priority order. */
    List<Rationale> rationale(int x) {
        List<Rationale> cached = rationaleCache[x];
        if (cached != null) {
            return cached;
        }
        List<Rationale> out = new ArrayList<>();
        for (RequestContext.PersonFinding pf : ctx.findings) {
            if (!addresses(x, pf.index)) {
                continue;
            }
            Finding finding = c.findings[pf.index];
            for (InferredFinding e : pf.entries) {
                String evidence = e.evidence().isEmpty() ? finding.explanation()
                        : decapitalise(e.evidence().get(0).explanation());
                String name = findingName(pf.index);
                String text = Template.fill(e.side() == null ? r.wording().rationale() : r.wording().rationaleWithSide(),
                        placeholder -> switch (placeholder) {
                            case "finding" -> name;
                            case "evidence" -> evidence;
                            case "side" -> e.side() == null ? "{side}" : e.side().label();
                            default -> "{" + placeholder + "}";
                        });
                out.add(new Rationale(finding.id(), e.side(), e.strength(), text));
            }
        }
        List<Rationale> result = List.copyOf(out);
        rationaleCache[x] = result;
        return result;
    }

    private boolean addresses(int x, int finding) {
        for (int f : c.addresses[x]) {
            if (f == finding) {
                return true;
            }
        }
        return false;
    }

    private String findingName(int f) {
        return decapitalise(c.findings[f].name());
    }

    /** "Weak buttock ..." becomes "weak buttock ..."; "TFL ..." stays (second letter is upper case). */
    static String decapitalise(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** REFERRAL_ONLY: no sessions, the red-flag advice and whom to see for each stopping flag. */
    static Programme referralOnly(Compiled c, Set<String> raised) {
        List<String> education = new ArrayList<>();
        for (SafetyFlag f : c.flagsInOrder) {
            if (raised.contains(f.id()) && c.stopLevels.contains(f.level())) {
                education.add(f.professional() + ": " + decapitalise(f.howSoon()) + ".");
            }
        }
        return new Programme(Programme.Kind.REFERRAL_ONLY, null, c.phases, List.of(),
                List.of(c.catalogue.referral().redFlags().advice()), education, true);
    }
}
