package com.kneeline.tracking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.Measure;
import com.kneeline.content.model.MeasureKind;
import com.kneeline.content.model.WorseSide;

/**
 * Compares reassessments measure by measure and side by side, using the content's measures: a numeric change
 * counts only when it is at least the measure's {@code real-change} (exactly at it counts), in the direction the
 * content calls better or worse; a pass-fail measure changes only when pass turns to fail or back. Measures without
 * an answer in baseline or latest are left out.
 */
public final class Comparison {

    private static final double EPS = 1e-9;

    private final ContentCatalogue catalogue;

    public Comparison(ContentCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** Every measure of the pack that can be compared; {@code previous} may be null. */
    public List<MeasureChange> compare(Answers baseline, Answers latest, Answers previous) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(latest, "latest");
        List<MeasureChange> out = new ArrayList<>();
        for (Measure m : catalogue.measures()) {
            for (Side side : sides(m)) {
                Optional<Double> b = value(m, baseline, side);
                Optional<Double> l = value(m, latest, side);
                if (b.isEmpty() || l.isEmpty()) {
                    continue;
                }
                Optional<Double> p = previous == null ? Optional.empty() : value(m, previous, side);
                Double prev = p.orElse(null);
                if (m.kind() == MeasureKind.NUMERIC) {
                    out.add(new MeasureChange(m.id(), m.name(), m.kind(), side, b.get(), prev, l.get(),
                            m.realChange(), null, null, null, numeric(m, b.get(), l.get()),
                            prev == null ? null : numeric(m, prev, l.get())));
                } else {
                    boolean bp = passed(m, baseline, side);
                    boolean lp = passed(m, latest, side);
                    Boolean pp = prev == null ? null : passed(m, previous, side);
                    out.add(new MeasureChange(m.id(), m.name(), m.kind(), side, b.get(), prev, l.get(), null, bp, pp,
                            lp, passFail(bp, lp), pp == null ? null : passFail(pp, lp)));
                }
            }
        }
        return List.copyOf(out);
    }

    private MeasureChange.Outcome numeric(Measure m, double from, double to) {
        double better = m.worse() == WorseSide.LOWER ? to - from : from - to;
        if (better >= m.realChange() - EPS) {
            return MeasureChange.Outcome.IMPROVED;
        }
        if (-better >= m.realChange() - EPS) {
            return MeasureChange.Outcome.WORSENED;
        }
        return MeasureChange.Outcome.NO_REAL_CHANGE;
    }

    private static MeasureChange.Outcome passFail(boolean from, boolean to) {
        return from == to ? MeasureChange.Outcome.NO_REAL_CHANGE
                : to ? MeasureChange.Outcome.IMPROVED : MeasureChange.Outcome.WORSENED;
    }

    /** The content's pass rule: few enough criteria positive, and none that fails the test on its own. */
    private boolean passed(Measure m, Answers answers, Side side) {
        List<String> positive = m.criteria().stream()
                .filter(c -> raw(answers, c, side).map(Answers.YES::equals).orElse(false)).toList();
        return m.passes(positive);
    }

    /**
     * The one rule for "the knee caves in" on a side in an assessment: the content's caving input (the single-leg
     * squat's knee-inward observation) answered yes. A side of null asks about either leg.
     */
    public static boolean kneeCaves(ContentCatalogue catalogue, Answers answers, Side side) {
        String input = catalogue.prescription().cavingInput();
        if (side == null) {
            return kneeCaves(catalogue, answers, Side.LEFT) || kneeCaves(catalogue, answers, Side.RIGHT);
        }
        return answers.raw(input, side).filter(v -> v.strip().equalsIgnoreCase(Answers.YES)).isPresent();
    }

    private List<Side> sides(Measure m) {
        String input = m.kind() == MeasureKind.NUMERIC ? m.input() : m.criteria().get(0);
        boolean perSide = catalogue.input(input).map(Input::isPerSide).orElse(false);
        List<Side> sides = new ArrayList<>();
        if (perSide) {
            sides.add(Side.LEFT);
            sides.add(Side.RIGHT);
        } else {
            sides.add(null);
        }
        return sides;
    }

    /** The numeric value, or for pass-fail the number of criteria answered yes (empty if any is unanswered). */
    private Optional<Double> value(Measure m, Answers answers, Side side) {
        if (m.kind() == MeasureKind.NUMERIC) {
            return raw(answers, m.input(), side).flatMap(Comparison::parse);
        }
        int positives = 0;
        for (String criterion : m.criteria()) {
            Optional<String> a = raw(answers, criterion, side);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            positives += Answers.YES.equals(a.get()) ? 1 : 0;
        }
        return Optional.of((double) positives);
    }

    private Optional<String> raw(Answers answers, String input, Side side) {
        boolean perSide = catalogue.input(input).map(Input::isPerSide).orElse(false);
        return perSide && side != null ? answers.raw(input, side) : answers.raw(input);
    }

    private static Optional<Double> parse(String raw) {
        try {
            return Optional.of(Double.parseDouble(raw.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
