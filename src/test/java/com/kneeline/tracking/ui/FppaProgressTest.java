package com.kneeline.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Side;
import com.kneeline.base.ui.ChartPanel;
import com.kneeline.tracking.Assessments;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.Test;

/** The knee angle measured from the video is charted per leg, and only a change of 8 degrees or more is real. */
class FppaProgressTest extends CoachingTest {

    private static Answers fppa(Answers profile, String left, String right) {
        return Assessments.with(Assessments.with(profile, "sls-fppa-degrees", Side.LEFT, left), "sls-fppa-degrees",
                Side.RIGHT, right);
    }

    @Test
    void eachLegsKneeAngleIsChartedWithItsBandAndAChangeUnderEightDegreesIsNoRealChange() {
        signIn(register("Fay", Role.INDIVIDUAL));
        Answers profile = AssessmentProfiles.motorControlOnly();
        Assessments.complete(assessments, fppa(profile, "22.5", "12"));
        clock.plusDays(28);
        Assessments.complete(assessments, fppa(profile, "13.5", "7.5"));

        UI.getCurrent().navigate(ProgressView.class);

        assertThat(text("measure-fppa")).contains("Changes under 8 degrees are within measurement error.");
        assertThat(text("change-fppa-left")).contains("22.5 degrees → 13.5 degrees").contains("improved by 9 degrees");
        assertThat(text("change-fppa-right")).contains("no real change (down 4.5 degrees, within measurement error)");
        ChartPanel left = _get(ChartPanel.class, spec -> spec.withId("chart-fppa-left"));
        assertThat(left.getElement().getTextRecursively()).contains("No real change: between 14.5 degrees and 30.5 degrees");
        assertThat(_find(ChartPanel.class, spec -> spec.withId("chart-fppa-right"))).hasSize(1);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
