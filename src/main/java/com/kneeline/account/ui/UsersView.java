package com.kneeline.account.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.kneeline.account.AccountService;
import com.kneeline.account.AccountSummary;
import com.kneeline.account.PasswordService;
import com.kneeline.base.DatabaseBackup;
import com.kneeline.account.Role;
import com.kneeline.base.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Administrators find accounts and grant or remove the trainer role. Health data is not shown here. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 80, icon = "vaadin:users", title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends Main {

    private static final DateTimeFormatter JOINED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(Dates.ZONE);

    final TextField filter = new TextField();
    final Grid<AccountSummary> grid = new Grid<>();

    public UsersView(AccountService accounts, PasswordService passwords, DatabaseBackup backup) {
        addClassName("kl-page");
        filter.setPlaceholder("Search by email or name");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setAriaLabel("Search users");
        filter.setWidthFull();

        // Name, email and roles stacked in one column so the trainer switch stays on screen on a phone.
        grid.addComponentColumn(account -> {
            Span name = new Span(account.displayName());
            name.addClassName("kl-person-name");
            Span email = new Span(account.email());
            email.addClassNames("kl-fine-print", "kl-person-email");
            Span details = new Span(account.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))
                    + " · joined " + JOINED.format(account.createdAt()));
            details.addClassName("kl-fine-print");
            Div person = new Div(name, email, details);
            person.addClassName("kl-person");
            return person;
        }).setHeader("Person").setKey("displayName").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(account -> {
            Checkbox trainer = new Checkbox("Trainer", account.hasRole(Role.TRAINER));
            trainer.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    AccountSummary updated = accounts.setTrainer(account.id(), change.getValue());
                    Notification.show(updated.displayName() + (change.getValue() ? " is now a trainer." : " is no longer a trainer."));
                    grid.getDataProvider().refreshItem(updated);
                }
            });
            return trainer;
        }).setHeader("Trainer role").setKey("trainer").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(account -> {
            Button code = new Button("Reset code", click -> showResetCode(account, passwords.issueResetCode(account.id())));
            code.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            code.setTooltipText("Make a one-time code this person can use to set a new password");
            return code;
        }).setHeader("Password").setKey("reset").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No account matches this search.");
        // Lazy: only the visible page of accounts is fetched, however many there are.
        grid.setItemsPageable(pageable -> accounts.list(filter.getValue(), pageable).getContent(),
                        pageable -> (int) accounts.count(filter.getValue()))
                .setIdentifierProvider(AccountSummary::id);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new Paragraph("Grant the trainer role to people who coach clients. Admins do not see health data here."),
                filter, grid);
        if (backup.available()) {
            // H2's online backup: a consistent copy while everyone keeps working (docs/security.md).
            Button backUp = new Button("Back up the database now", click -> backup.backUpNow().ifPresent(zip ->
                    Notification.show("Backup written to " + zip + ". Copy it off this machine.", 8000,
                            Notification.Position.TOP_CENTER)));
            backUp.setId("backup");
            backUp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(backUp);
        }
        setSizeFull();
        grid.setHeight("70vh");
    }

    /** The code is shown once, here; only its hash is stored, so nobody can look it up later. */
    private static void showResetCode(AccountSummary account, String code) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Reset code for " + account.displayName());
        Span shown = new Span(code);
        shown.setId("reset-code");
        shown.addClassName("kl-reset-code");
        dialog.setText(new Div(new Paragraph("Give this code to " + account.email() + " in person or by phone. It "
                + "works once, for " + PasswordService.RESET_CODE_VALIDITY.toHours() + " hours, on the page "
                + "\"Forgot your password?\" under Log in. A newer code replaces it."), shown));
        dialog.setConfirmText("Done");
        dialog.open();
    }
}
