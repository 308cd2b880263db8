package com.kneeline.content.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Only a decimal answer in degrees can be filled in by the video tool. */
class VideoMeasuredInputTest {

    private static Input input(InputType type, VideoMeasure measure) {
        return new Input("angle", "Angle", "Help.", type, "degrees", -30.0, 60.0, true, true, List.of(), null, measure);
    }

    @Test
    void aDecimalInputCanBeMeasuredFromTheVideo() {
        assertThat(input(InputType.DECIMAL, VideoMeasure.FPPA).measuredFromVideo()).isEqualTo(VideoMeasure.FPPA);
    }

    @Test
    void anyOtherTypeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> input(InputType.INTEGER, VideoMeasure.PELVIC_DROP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'measured-from-video' needs a decimal input (angles in degrees)");
    }
}
