package com.kneeline.assessment.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kneeline.base.ui.UiBits;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.Instructions;
import com.kneeline.content.model.VideoMeasure;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One content-pack test as a card: why it is done, how to do it (set-up, filming, what to look for, safety),
 * and its inputs. Per-side inputs sit in a left and a right column that stack on a phone. Inputs the content marks
 * {@code measured-from-video} get a "Measure from my video" button above them.
 */
final class TestCard extends Card {

    /** Opens the video tool for one leg; the fields are the answers it fills in, by what they measure. */
    interface VideoOpener {
        void open(Side side, Map<VideoMeasure, AnswerField> fields);
    }

    private final List<AnswerField> fields = new ArrayList<>();

    TestCard(AssessmentTest test, VideoOpener video) {
        addClassName("kl-test-card");
        setTitle(test.name());
        setSubtitle(new Paragraph(test.purpose()));

        Details how = new Details(getTranslation("test.how"), instructions(test.instructions()));
        how.setOpened(true);
        how.addClassName("kl-how-to");
        add(how);

        List<Input> shared = test.inputs().stream().filter(input -> !input.isPerSide()).toList();
        List<Input> sided = test.inputs().stream().filter(Input::isPerSide).toList();
        Div inputs = new Div();
        inputs.addClassName("kl-inputs");
        for (Input input : shared) {
            AnswerField field = AnswerField.forInput(input, AnswerKey.of(input.id()), input.label(), requiredNote(test, input));
            fields.add(field);
            inputs.add(field.component());
        }
        if (!sided.isEmpty()) {
            Div columns = new Div();
            columns.addClassName("kl-sides");
            for (Side side : Side.values()) {
                Div column = new Div();
                column.addClassName("kl-side");
                H4 heading = new H4(getTranslation(side == Side.LEFT ? "test.left-leg" : "test.right-leg"));
                column.add(heading);
                Map<VideoMeasure, AnswerField> measured = new EnumMap<>(VideoMeasure.class);
                Div measuredFields = new Div();
                measuredFields.addClassName("kl-measured-fields");
                for (Input input : sided) {
                    AnswerField field = AnswerField.forInput(input, AnswerKey.of(input.id(), side), input.label(),
                            requiredNote(test, input));
                    fields.add(field);
                    if (input.measuredFromVideo() != null) {
                        measured.put(input.measuredFromVideo(), field);
                        measuredFields.add(field.component());
                    } else {
                        column.add(field.component());
                    }
                }
                if (!measured.isEmpty()) {
                    column.add(measuredFields);
                    if (video != null) {
                        // The tool sits right above the answers it fills in.
                        Button open = new Button(getTranslation("test.measure-video"), VaadinIcon.MOVIE.create(),
                                click -> video.open(side, measured));
                        open.setId("measure-video-" + side.label());
                        open.addClassName("kl-measure-video");
                        measuredFields.addComponentAsFirst(open);
                    }
                }
                columns.add(column);
            }
            inputs.add(columns);
        }
        add(inputs);
    }

    /** "Needed when you choose “Yes, I measured it”." for inputs the content makes required by another answer. */
    private static String requiredNote(AssessmentTest test, Input input) {
        if (input.requiredWhen() == null) {
            return null;
        }
        String answer = test.inputs().stream().filter(other -> other.id().equals(input.requiredWhen().input()))
                .flatMap(other -> other.choices().stream())
                .filter(choice -> choice.id().equals(input.requiredWhen().equals()))
                .map(choice -> choice.label()).findFirst()
                .orElse(com.vaadin.flow.i18n.I18NProvider.translate(input.requiredWhen().equals().equals("yes") ? "answer.yes" : "answer.no"));
        return com.vaadin.flow.i18n.I18NProvider.translate("answer.required-when", answer);
    }

    List<AnswerField> fields() {
        return fields;
    }

    static Div instructions(Instructions instructions) {
        Div box = new Div();
        box.addClassName("kl-instructions");
        box.add(new Paragraph(com.vaadin.flow.i18n.I18NProvider.translate("test.setup")), ordered(instructions.setup()));
        if (!instructions.filming().isEmpty()) {
            box.add(new Paragraph(com.vaadin.flow.i18n.I18NProvider.translate("test.filming")), ordered(instructions.filming()));
        }
        box.add(new Paragraph(com.vaadin.flow.i18n.I18NProvider.translate("test.look-for")), UiBits.bullets(instructions.lookFor()));
        if (!instructions.safety().isEmpty()) {
            Div safety = new Div(UiBits.bullets(instructions.safety()));
            safety.addClassName("kl-safety-note");
            box.add(safety);
        }
        return box;
    }

    private static OrderedList ordered(List<String> items) {
        OrderedList list = new OrderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
