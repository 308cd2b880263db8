package com.kneeline.tracking;

import java.util.stream.IntStream;

import com.kneeline.TestClock;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.KneeTracking;
import com.kneeline.tracking.engine.SetLog;

/** Runs the signed-in person through days of their programme, as the scenario and flow tests need. */
public final class Training {

    private Training() {
    }

    /**
     * Every planned day for {@code days} days: the whole session at its target, RPE 7, the given pain and good
     * knee tracking, and a "settled" check-in each next morning; the clock moves a day at a time.
     */
    public static void followThePlan(Tracker tracker, TestClock.Movable clock, int days, int pain) {
        long me = tracker.me();
        for (int d = 0; d < days; d++) {
            if (tracker.checkIns().pendingCheckIn(me).isPresent()) {
                tracker.checkIns().checkIn(me, true, false);
            }
            tracker.todays().nextSession(me).filter(PlannedSession::today).ifPresent(session -> logAtTarget(tracker,
                    session, pain));
            clock.plusDays(1);
        }
        if (tracker.checkIns().pendingCheckIn(me).isPresent()) {
            tracker.checkIns().checkIn(me, true, false);
        }
    }

    /** Logs the session with every set at the target, RPE 7, the given pain and good tracking. */
    public static SessionDetails logAtTarget(Tracker tracker, PlannedSession session, int pain) {
        return tracker.sessionLog().logSession(tracker.me(), session.number(), session.items().stream()
                .map(i -> ExerciseLog.done(i.prescription().exerciseId(), i.prescription().side(),
                        IntStream.range(0, i.sets()).mapToObj(n -> new SetLog(i.prescription().target(),
                                i.prescription().loadKg(), 7.0, pain, KneeTracking.GOOD)).toList()))
                .toList());
    }
}
