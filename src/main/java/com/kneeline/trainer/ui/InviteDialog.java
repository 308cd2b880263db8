package com.kneeline.trainer.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.kneeline.account.TrainerLinkService;
import com.kneeline.base.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** A fresh invite: the code to read out or type, and the link to send, both valid for the same days. */
final class InviteDialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH).withZone(Dates.ZONE);

    private InviteDialog() {
    }

    static void open(TrainerLinkService links, String baseUrl) {
        TrainerLinkService.Invite invite = links.createInvite();
        Dialog dialog = new Dialog();
        dialog.setId("invite-dialog");
        dialog.setHeaderTitle("Invite a client");
        Span code = new Span(invite.code());
        code.setId("invite-code-shown");
        code.addClassName("kl-invite-code");
        // Read out or typed by hand: large, fixed-width, spaced.
        code.getStyle().set("display", "block").set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-xxl)").set("letter-spacing", "0.15em")
                .set("margin", "var(--lumo-space-m) 0");
        TextField link = new TextField("Link to send");
        link.setValue(baseUrl + invite.path());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invite-link");
        dialog.add(new Paragraph("Give your client this code. They enter it on their \"My trainer\" page, or open "
                + "the link while signed in."), code, link,
                new Paragraph("It works once, until " + DATE.format(invite.expiresAt()) + "."));
        Button close = new Button("Done", click -> dialog.close());
        close.setId("invite-done");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
