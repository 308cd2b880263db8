package com.kneeline.account.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.account.InviteException;
import com.kneeline.account.TrainerInvite;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.base.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.PermitAll;

/**
 * Who coaches the signed-in person, since when, and Unlink (confirmed first); without a trainer, a field for the
 * invite code. A trainer's link {@code /join/CODE} opens this page with the code filled in, to accept with one tap.
 */
@Route("my-trainer")
@RouteAlias("join/:code")
@PageTitle("My trainer")
@Menu(order = 16, icon = "vaadin:user-star", title = "My trainer")
@PermitAll
public class MyTrainerView extends Main implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH).withZone(Dates.ZONE);

    private final transient TrainerLinkService links;
    private final TextField code = new TextField("Invite code");

    public MyTrainerView(TrainerLinkService links) {
        this.links = links;
        addClassNames("kl-page", "kl-my-trainer");
        code.setId("invite-code");
        code.setHelperText("The " + TrainerInvite.CODE_LENGTH + " letters and numbers your trainer gave you.");
        code.setMaxLength(TrainerInvite.CODE_LENGTH + 4); // room for the spaces or dashes people type
        code.setClearButtonVisible(true);
        code.setManualValidation(true); // the service decides whether a code is valid
        code.addValueChangeListener(change -> code.setInvalid(false));
        render();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(typed -> {
            code.setValue(TrainerInvite.normalise(typed));
            render();
        });
    }

    private void render() {
        removeAll();
        H2 title = new H2("My trainer");
        title.setId("my-trainer-title");
        add(title);
        Optional<TrainerLinkService.MyTrainer> trainer = links.myTrainer();
        if (trainer.isPresent()) {
            add(trainerCard(trainer.get()));
        } else {
            add(codeForm());
        }
    }

    private Card trainerCard(TrainerLinkService.MyTrainer trainer) {
        Card card = new Card();
        card.setId("my-trainer-card");
        card.setHeaderPrefix(VaadinIcon.USER_STAR.create());
        card.setTitle(trainer.name());
        card.setSubtitle(new Paragraph(trainer.email()));
        Paragraph since = new Paragraph("Your trainer since " + DATE.format(trainer.since()) + ".");
        since.setId("my-trainer-since");
        card.add(since, new Paragraph(trainer.name() + " can see your assessments, programme, sessions and referral "
                + "flags, and can adjust your plan. You can unlink at any time; access ends at once."));
        Button unlink = new Button("Unlink", VaadinIcon.UNLINK.create(), click -> confirmUnlink(trainer));
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unlink.setId("unlink-trainer");
        card.addToFooter(unlink);
        return card;
    }

    private void confirmUnlink(TrainerLinkService.MyTrainer trainer) {
        Dialog dialog = new Dialog();
        dialog.setId("unlink-dialog");
        dialog.setHeaderTitle("Unlink from " + trainer.name() + "?");
        dialog.add(new Paragraph(trainer.name() + " will no longer see your data. Your programme and history stay "
                + "as they are. To link again you need a new invite code."));
        Button cancel = new Button("Cancel", click -> dialog.close());
        Button confirm = new Button("Unlink", click -> {
            links.unlinkMyTrainer();
            dialog.close();
            Notification.show("You are no longer linked to " + trainer.name() + ".");
            render();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-unlink");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private Div codeForm() {
        Paragraph none = new Paragraph("You have no trainer linked. If a trainer or physiotherapist gave you an invite "
                + "code, enter it here to let them see your progress and adjust your plan.");
        none.setId("no-trainer");
        Button accept = new Button("Link to my trainer", click -> {
            try {
                TrainerLinkService.MyTrainer linked = links.accept(code.getValue());
                Notification.show("You are now linked to " + linked.name() + ".");
                code.clear();
                render();
            } catch (InviteException refused) {
                code.setErrorMessage(refused.getMessage());
                code.setInvalid(true);
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-invite");
        Div form = new Div(none, code, accept);
        form.addClassName("kl-invite-form");
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-s)");
        code.setWidth("min(100%, 20rem)");
        return form;
    }
}
