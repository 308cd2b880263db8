package com.kneeline.outcomes.ui;

import java.util.function.Consumer;

import com.kneeline.base.ui.UiBits;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PerformanceKind;
import com.kneeline.content.model.PerformanceTest;
import com.kneeline.outcomes.InvolvedSide;
import com.kneeline.outcomes.OutcomeInputException;
import com.kneeline.outcomes.GateWords;
import com.kneeline.outcomes.OutcomesOverview;
import com.kneeline.outcomes.OutcomesService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;

/**
 * The performance tests with their instructions and a form for both legs. Hop tests are shown but locked, with
 * the reasons, until the hop-test gate is open.
 */
class PerformanceTestsCard extends Composite<Card> {

    private final OutcomesService outcomes;
    private final Consumer<String> onSaved;

    PerformanceTestsCard(OutcomesService outcomes, OutcomesContent content, OutcomesOverview o,
            Consumer<String> onSaved) {
        this.outcomes = outcomes;
        this.onSaved = onSaved;
        Card card = getContent();
        card.setId("performance-tests");
        card.setTitle("Performance tests");
        Div hopGate = new Div();
        hopGate.setId("hop-gate");
        if (o.hopTesting().met()) {
            hopGate.add(UiBits.badge("Hop tests open", "success"));
        } else {
            hopGate.add(UiBits.badge("Hop tests not open yet", "contrast"));
            hopGate.add(UiBits.bullets(GateWords.reasons(o.hopTesting(), content)));
        }
        card.add(hopGate);
        for (PerformanceTest t : content.performanceTests()) {
            boolean locked = t.kind() == PerformanceKind.HOP && !o.hopTesting().met();
            card.add(test(t, locked));
        }
    }

    private Details test(PerformanceTest t, boolean locked) {
        Div body = new Div();
        body.add(UiBits.finePrint(t.purpose()));
        body.add(new H4("Space and equipment"), UiBits.bullets(t.instructions().space()));
        body.add(new H4("How to do it"), UiBits.bullets(t.instructions().steps()));
        body.add(new H4("What to write down"), UiBits.bullets(t.instructions().record()));
        body.add(new H4("Safety"), UiBits.bullets(t.instructions().safety()));
        if (locked) {
            body.add(UiBits.finePrint("Locked until hop tests are open (see above)."));
        } else {
            body.add(form(t));
        }
        Details d = new Details(t.name() + (locked ? " (locked)" : ""), body);
        d.setId("test-" + t.id());
        return d;
    }

    private Div form(PerformanceTest t) {
        RadioButtonGroup<InvolvedSide> side = new RadioButtonGroup<>("Which is your problem knee?");
        side.setId("test-" + t.id() + "-involved");
        side.setItems(InvolvedSide.values());
        side.setItemLabelGenerator(InvolvedSide::label);
        side.setValue(InvolvedSide.BOTH);
        NumberField left = number(t, "Left leg", "left");
        NumberField right = number(t, "Right leg", "right");
        Button save = new Button("Save " + t.name().toLowerCase(java.util.Locale.ROOT), click -> {
            boolean ok = true;
            for (NumberField f : new NumberField[] {left, right}) {
                boolean missing = f.getValue() == null || f.isInvalid();
                f.setInvalid(missing);
                if (missing) {
                    f.setErrorMessage("Enter a value from " + GateWords.n(t.range().min()) + " to "
                            + GateWords.n(t.range().max()) + ".");
                    ok = false;
                }
            }
            if (!ok) {
                return;
            }
            try {
                outcomes.record(t.id(), side.getValue(), left.getValue(), right.getValue());
                onSaved.accept(t.name() + " saved.");
            } catch (OutcomeInputException e) {
                right.setInvalid(true);
                right.setErrorMessage(e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("test-" + t.id() + "-save");
        Div form = new Div(side, left, right, save);
        form.addClassName("kl-test-form");
        return form;
    }

    private static NumberField number(PerformanceTest t, String label, String id) {
        NumberField f = new NumberField(label);
        f.setId("test-" + t.id() + "-" + id);
        f.setMin(t.range().min());
        f.setMax(t.range().max());
        f.setSuffixComponent(new com.vaadin.flow.component.html.Span(t.unit()));
        if (t.kind() == PerformanceKind.QUALITY_SCORE) {
            f.setStep(1);
        }
        return f;
    }
}
