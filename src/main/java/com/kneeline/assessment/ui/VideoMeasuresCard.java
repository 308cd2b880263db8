package com.kneeline.assessment.ui;

import java.util.List;
import java.util.Locale;

import com.kneeline.assessment.MeasuredAnswer;
import com.kneeline.content.model.VideoMeasure;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** "Measured from your video": each measured answer with its squats, their spread and who placed the points. */
final class VideoMeasuresCard extends Card {

    VideoMeasuresCard(List<MeasuredAnswer> measured) {
        setId("video-measures");
        addClassName("kl-test-card");
        setTitle("Measured from your video");
        setSubtitle(new Paragraph("Worked out in your browser; the video itself was never uploaded. The knee angle "
                + "(FPPA) describes movement quality, not injury risk."));
        UnorderedList list = new UnorderedList();
        measured.forEach(m -> list.add(new ListItem(line(m))));
        add(list);
    }

    static String line(MeasuredAnswer m) {
        String side = m.key().side() == null ? "" : capitalise(m.key().side().label()) + " leg, ";
        String what = m.kind() == VideoMeasure.FPPA ? "knee angle (FPPA)" : "pelvic drop";
        List<String> trials = m.trials().stream().map(VideoMeasuresCard::degrees).toList();
        return side + what + ": " + m.value() + "\u00b0, the average of " + trials.size()
                + (trials.size() == 1 ? " squat (" : " squats (") + String.join(", ", trials) + "; spread "
                + degrees(m.spread()) + "); points " + m.method().description() + ".";
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.1f\u00b0", value);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
