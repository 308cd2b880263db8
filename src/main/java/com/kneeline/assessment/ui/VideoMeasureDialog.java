package com.kneeline.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.kneeline.assessment.VideoMeasurement;
import com.kneeline.assessment.engine.Side;
import com.kneeline.base.ui.WebAssets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;

import tools.jackson.databind.JsonNode;

/**
 * "Measure from my video" for one leg: our {@code <kl-video-measure>} element in a dialog. The video is opened and
 * measured in the browser; only the numbers come back here, when the person chooses "Use these results".
 */
final class VideoMeasureDialog extends Dialog {

    static final String MODULE = "context://web/video/kl-video-measure.js?v=" + WebAssets.VERSION;
    static final String STYLESHEET = "context://web/video/kl-video-measure.css?v=" + WebAssets.VERSION;

    /** What the tool measured: each squat's knee angle and pelvic drop, and who placed the points. */
    record Result(Side side, VideoMeasurement.Method method, List<Double> fppaTrials, List<Double> pelvicDropTrials) {
    }

    VideoMeasureDialog(Side side, Consumer<Result> onResult) {
        setHeaderTitle("Measure from my video: " + side.label() + " leg");
        setId("video-measure-dialog");
        addClassName("kl-video-dialog");
        setWidth("min(60rem, 100vw)");
        setMaxWidth("100vw");
        Tool tool = new Tool();
        tool.getElement().setAttribute("side", side.label());
        tool.getElement().addEventListener("kl-measured", event -> {
            JsonNode detail = event.getEventData().get("event.detail");
            onResult.accept(new Result(side, VideoMeasurement.Method.fromTool(detail.get("method").asString()),
                    numbers(detail.get("fppaTrials")), numbers(detail.get("pelvicDropTrials"))));
        }).addEventData("event.detail");
        add(tool);
        Button close = new Button("Close", click -> close());
        close.setId("video-measure-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> values.add(node.asDouble()));
        }
        return values;
    }

    @Tag("kl-video-measure")
    @JsModule(MODULE)
    @StyleSheet(STYLESHEET)
    static final class Tool extends Component {
    }
}
