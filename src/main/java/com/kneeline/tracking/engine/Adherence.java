package com.kneeline.tracking.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Planned versus done, as plain functions over dates. A planned session counts as done when a session was done
 * on its day or within {@code graceDays} (content: progression.adherence.grace-days) before or after it; each
 * done session counts for one planned session at most. A missed session is simply missed: the plan moves on and
 * it does not pile up. A planned session whose grace window has not closed yet and that is not done yet is not
 * counted at all (it can still be done).
 */
public final class Adherence {

    private Adherence() {
    }

    /** Planned and done sessions over a period; {@link #percent()} is 100 when nothing was due. */
    public record Window(int planned, int done) {
        public int percent() {
            return planned == 0 ? 100 : (int) Math.floor(done * 100.0 / planned);
        }
    }

    /** The last 7 and 30 days up to today, and the streak of planned sessions done in a row (most recent first). */
    public record Summary(Window last7Days, Window last30Days, int streak) {
    }

    /** The planned dates from {@code from} to {@code to} (inclusive) for a plan on these days of the week. */
    public static List<LocalDate> plannedDates(Set<DayOfWeek> days, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /** The dates of sessions in which at least one exercise was done. */
    public static List<LocalDate> doneDates(List<SessionLog> sessions) {
        return sessions.stream().filter(SessionLog::wasDone).map(SessionLog::date).sorted().toList();
    }

    public static Summary summarise(List<LocalDate> planned, List<LocalDate> done, LocalDate today, int graceDays) {
        return new Summary(window(planned, done, today.minusDays(6), today, today, graceDays),
                window(planned, done, today.minusDays(29), today, today, graceDays),
                streak(planned, done, today, graceDays));
    }

    /** Planned sessions dated from {@code from} to {@code to} (inclusive) and how many of them were done. */
    public static Window window(List<LocalDate> planned, List<LocalDate> done, LocalDate from, LocalDate to,
            LocalDate today, int graceDays) {
        List<LocalDate> p = sorted(planned);
        boolean[] matched = match(p, sorted(done), graceDays);
        int count = 0;
        int hit = 0;
        for (int i = 0; i < p.size(); i++) {
            LocalDate d = p.get(i);
            if (d.isBefore(from) || d.isAfter(to) || !due(d, matched[i], today, graceDays)) {
                continue;
            }
            count++;
            hit += matched[i] ? 1 : 0;
        }
        return new Window(count, hit);
    }

    /** Planned sessions done in a row, counting back from the most recent one that is due. */
    public static int streak(List<LocalDate> planned, List<LocalDate> done, LocalDate today, int graceDays) {
        List<LocalDate> p = sorted(planned);
        boolean[] matched = match(p, sorted(done), graceDays);
        int streak = 0;
        for (int i = p.size() - 1; i >= 0; i--) {
            if (!due(p.get(i), matched[i], today, graceDays)) {
                continue;
            }
            if (!matched[i]) {
                break;
            }
            streak++;
        }
        return streak;
    }

    private static boolean due(LocalDate planned, boolean matched, LocalDate today, int graceDays) {
        return matched ? !planned.isAfter(today.plusDays(graceDays)) : planned.plusDays(graceDays).isBefore(today);
    }

    /** Greedy matching in date order: each planned date takes the earliest unused done date within the grace window. */
    private static boolean[] match(List<LocalDate> planned, List<LocalDate> done, int graceDays) {
        boolean[] matched = new boolean[planned.size()];
        boolean[] used = new boolean[done.size()];
        for (int i = 0; i < planned.size(); i++) {
            LocalDate p = planned.get(i);
            for (int j = 0; j < done.size(); j++) {
                LocalDate d = done.get(j);
                if (!used[j] && !d.isBefore(p.minusDays(graceDays)) && !d.isAfter(p.plusDays(graceDays))) {
                    used[j] = true;
                    matched[i] = true;
                    break;
                }
            }
        }
        return matched;
    }

    private static List<LocalDate> sorted(List<LocalDate> dates) {
        return dates.stream().distinct().sorted().toList();
    }
}
