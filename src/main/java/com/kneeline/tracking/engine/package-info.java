/**
 * The tracker's rules core: plain Java over the content pack, deterministic, no clock (every call takes
 * {@code today}), no Spring, Vaadin or JPA. Persistence and UI store the inputs and show the outputs.
 *
 * <h2>Inputs</h2>
 * <ul>
 *   <li>{@link com.kneeline.tracking.engine.SetLog} (reps or seconds, load, RPE, pain 0-10,
 *       {@link com.kneeline.tracking.engine.KneeTracking}), {@link com.kneeline.tracking.engine.ExerciseLog}
 *       (exercise, side, sets, skipped + reason), {@link com.kneeline.tracking.engine.SessionLog} (date, exercises),
 *       {@link com.kneeline.tracking.engine.MorningCheckIn} (pain settled, functional limitation when asked);</li>
 *   <li>{@link com.kneeline.tracking.engine.ExercisePrescription}: the current dose per exercise and side;
 *       {@code fromPlan} turns a prescription-engine {@code PlannedExercise} into starting doses.</li>
 * </ul>
 *
 * <h2>Engines</h2>
 * <ul>
 *   <li>{@link com.kneeline.tracking.engine.ProgressionEngine#decide} → one
 *       {@link com.kneeline.tracking.engine.Decision} per prescription (kind, next prescription, this session's dose,
 *       target RPE, one sentence). Order of the rules: paused by a red flag → pain above
 *       {@code acceptable-during-max} or not settled by the next morning: regress (load down a step, else a ladder
 *       step down, else the bottom of the range) → form gate: a form-gated exercise above its ladder's
 *       {@code max-level-while-caving} while the latest form check caves moves down to that level → the knee caved on
 *       a loadable or loaded movement: regress → hold (tracking not sure, caving on other work, pain above
 *       {@code safe-max}, no morning check-in yet, an unrated set, RPE above the target, a set short of the
 *       target) → progress: reps (or seconds) first, then load (never while the gate is closed), then the ladder
 *       (never above the max level while caving). In a deload week (every {@code default-every-weeks}, or a
 *       trainer's cadence within {@code every-weeks}) progress and holds become DELOAD: the prescription is kept
 *       and the session has {@code volume-cut-percent} fewer sets and an RPE target {@code rpe-cut} lower.</li>
 *   <li>{@link com.kneeline.tracking.engine.PhaseAdvance#evaluate}: the current phase's typed
 *       {@code advance-when} criteria (weeks, adherence since the phase began, clean recent sessions, form check).</li>
 *   <li>{@link com.kneeline.tracking.engine.Adherence}: planned vs done over 7 and 30 days and the streak, with
 *       the content's {@code grace-days}; missed sessions do not pile up.</li>
 *   <li>{@link com.kneeline.tracking.engine.ReferralFlags#evaluate} → {@link com.kneeline.tracking.engine.Flag}s
 *       (red flag, persistent pain, pain not settling, functional limitation, no progress, worsening) with the
 *       content's advice and professional; {@code exercisePaused()} when a red flag is at a stopping level.</li>
 *   <li>{@link com.kneeline.tracking.engine.Comparison#compare} → {@link com.kneeline.tracking.engine.MeasureChange}
 *       per measure and side: IMPROVED / NO_REAL_CHANGE / WORSENED against the measure's {@code real-change}
 *       (a change exactly at it is real), pass-fail measures by a change of pass/fail.</li>
 * </ul>
 * "Within D days" always means the D calendar days ending today.
 */
package com.kneeline.tracking.engine;
