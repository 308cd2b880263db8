package com.kneeline.tracking.ui;

import java.util.List;

import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.ReferralFlagService;
import com.kneeline.tracking.engine.Flag;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The person's open referral flags, each saying what was seen, why it matters and whom to see, with "I have read
 * this" (and an optional note). Shown at the top of the home screen and the Today view; nothing when there are none.
 */
public class FlagsPanel extends Composite<Div> {

    private final transient ReferralFlagService flags;
    private final long personId;
    private final Runnable onChange;

    public FlagsPanel(ReferralFlagService flags, long personId, Runnable onChange) {
        this.flags = flags;
        this.personId = personId;
        this.onChange = onChange;
        getContent().addClassName("kl-flags");
        getContent().setId("open-flags");
        render();
    }

    private void render() {
        getContent().removeAll();
        List<OpenFlag> open = flags.openFlags(personId);
        getContent().setVisible(!open.isEmpty());
        open.forEach(flag -> getContent().add(flag(flag)));
    }

    private Div flag(OpenFlag flag) {
        Div box = new Div();
        box.addClassName("kl-flag");
        box.getElement().getClassList().set("kl-flag-stop", flag.stopsExercise());
        box.setId("flag-" + flag.id());
        box.getElement().setAttribute("role", "alert");
        H3 title = new H3(flag.title());
        Paragraph seen = labelled("What we saw: ", flag.seen());
        Paragraph why = labelled("Why it matters: ", flag.whyItMatters());
        Paragraph who = labelled("Whom to see: ", flag.professional());
        box.add(title, seen, why, who);
        if (flag.kind() == Flag.Kind.CHANGE_REPORTED) {
            box.add(new Paragraph("Your programme is paused: nothing will get harder until you confirm below that "
                    + "your knee feels as it did before. You can still log what you do."));
        } else if (flag.stopsExercise()) {
            box.add(new Paragraph("Your programme is paused: please do not exercise the knee until a professional "
                    + "has checked it. Nothing will get harder meanwhile, and you can still log what you do."));
        }
        TextArea note = new TextArea("Note (optional)");
        note.setMaxLength(500);
        note.setPlaceholder("For example: booked a physio appointment for Tuesday");
        note.setWidthFull();
        note.setId("flag-note-" + flag.id());
        Button read = new Button(acknowledgeLabel(flag), VaadinIcon.CHECK.create(), click -> {
            flags.acknowledge(personId, flag.id(), note.getValue());
            render();
            if (onChange != null) {
                onChange.run();
            }
        });
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.setId("acknowledge-" + flag.id());
        read.setDisableOnClick(true);
        box.add(note, read);
        return box;
    }

    /** Acknowledging a pausing flag resumes the programme, so the button says what the person confirms. */
    static String acknowledgeLabel(OpenFlag flag) {
        if (flag.kind() == Flag.Kind.CHANGE_REPORTED) {
            return "My knee feels as before: carry on";
        }
        return flag.stopsExercise() ? "A professional has cleared me to exercise" : "I have read this";
    }

    private static Paragraph labelled(String label, String text) {
        Span strong = new Span(label);
        strong.addClassName("kl-flag-label");
        return new Paragraph(strong, new Span(text));
    }
}
