package com.kneeline.privacy.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.kneeline.account.AccessLog;
import com.kneeline.account.AccountService;
import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.PasswordPolicy;
import com.kneeline.account.PasswordService;
import com.kneeline.account.PasswordService.PasswordProblem;
import com.kneeline.account.Role;
import com.kneeline.base.Dates;
import com.kneeline.privacy.PersonalDataService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

/**
 * The person's own account: password, consent, their data to take away, who else opened it, and deleting it all.
 */
@Route("account")
@PageTitle("My account")
@Menu(order = 95, icon = "vaadin:user-card", title = "My account")
@PermitAll
public class MyAccountView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withZone(Dates.ZONE);

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField deletePassword = new PasswordField("Your password");
    final Grid<AccessLog.Visit> visits = new Grid<>();

    public MyAccountView(CurrentUser currentUser, AccountService accounts, PasswordService passwords,
                         PersonalDataService personalData, AccessLog accessLog) {
        addClassNames("kl-page", "kl-my-account");
        AccountSummary me = currentUser.require();

        add(section("Your account"), new Paragraph(me.displayName() + " · " + me.email() + " · "
                + me.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))
                + " · joined " + WHEN.format(me.createdAt())));
        Div consent = new Div();
        consent.setId("consent");
        accounts.consentGivenAt(me.id()).ifPresentOrElse(
                at -> consent.add(new Paragraph("You agreed to KneeLine keeping your health data on " + WHEN.format(at)
                        + ". To withdraw that consent, delete your account below.")),
                () -> consent.add(new Paragraph("Your account is older than our consent question. KneeLine keeps your "
                        + "health data to give you a programme."), new Button("I agree", click -> {
                    accounts.giveConsent(me.id());
                    consent.removeAll();
                    consent.add(new Paragraph("Thank you: your consent is recorded."));
                })));
        add(consent, new Paragraph(new RouterLink("Read the privacy notice", PrivacyNoticeView.class)));

        add(section("Change your password"));
        newPassword.setHelperText(PasswordPolicy.HELP);
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button change = new Button("Change password", click -> {
            currentPassword.setInvalid(false);
            newPassword.setInvalid(false);
            try {
                passwords.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                Notification.show("Your password was changed.", 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PasswordProblem problem) {
                PasswordField field = problem.field() == PasswordProblem.Field.NEW ? newPassword : currentPassword;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        change.setId("change-password");
        add(formRow(currentPassword, newPassword, change));

        add(section("Your data"), new Paragraph("Everything KneeLine keeps about you, to keep or to take to another "
                + "service: one JSON file with your account, assessments, programmes, sessions, flags, check-ins, "
                + "trainer links and your trainer's notes about you; and your logged sets as a spreadsheet."));
        Anchor json = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = personalData.exportMine();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kneeline-my-data.json",
                    "application/json", bytes.length);
        }), "Download my data (JSON)");
        json.setId("download-json");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = personalData.loggedSetsCsv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kneeline-logged-sets.csv", "text/csv",
                    bytes.length);
        }), "Download my logged sets (CSV)");
        csv.setId("download-csv");
        Div downloads = new Div(json, csv);
        downloads.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        add(downloads);

        add(section("Who saw my data"), new Paragraph("Each time someone else, such as your trainer, opened your "
                + "health data. Several looks within " + 10 + " minutes count as one visit."));
        // One stacked column, so who, what and when all stay readable on a phone.
        visits.addComponentColumn(v -> {
            Span who = new Span(v.who() + " (" + v.role() + ")");
            who.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            Span what = new Span(v.what());
            Span when = new Span(WHEN.format(v.when()));
            when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Div visit = new Div(who, what, when);
            visit.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            return visit;
        }).setHeader("Who opened what, when");
        visits.setItemsPageable(pageable -> accessLog.mine(me.id(), pageable),
                pageable -> (int) accessLog.countMine(me.id()));
        visits.setEmptyStateText("Nobody else has opened your health data.");
        visits.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        visits.setAllRowsVisible(accessLog.countMine(me.id()) <= 20);
        visits.setId("access-log");
        add(visits);

        add(section("Delete my account"), new Paragraph("Deletes your account and every row about you: assessments, "
                + "programmes, sessions, flags, check-ins, trainer links and a trainer's notes about you. This cannot "
                + "be undone; download your data first if you want to keep it. It also withdraws your consent."));
        Button delete = new Button("Delete my account", VaadinIcon.TRASH.create(), click -> confirmDeletion(currentUser,
                personalData));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-account");
        add(formRow(deletePassword, delete));
    }

    private void confirmDeletion(CurrentUser currentUser, PersonalDataService personalData) {
        if (deletePassword.isEmpty()) {
            deletePassword.setErrorMessage("Enter your password to delete your account.");
            deletePassword.setInvalid(true);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog("Delete your account?",
                "Everything KneeLine keeps about you will be deleted now. This cannot be undone.",
                "Delete everything", confirm -> {
            try {
                personalData.eraseMe(deletePassword.getValue());
                currentUser.logout();
            } catch (PersonalDataService.WrongPassword | PasswordProblem wrong) {
                deletePassword.setErrorMessage(wrong.getMessage());
                deletePassword.setInvalid(true);
            }
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep my account");
        dialog.open();
    }

    /** Fields and their button side by side, wrapping on a phone; the button lines up with the fields' inputs. */
    private static Div formRow(com.vaadin.flow.component.Component... parts) {
        Div row = new Div(parts);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.BASELINE);
        return row;
    }

    private static H2 section(String title) {
        H2 heading = new H2(title);
        heading.addClassName("kl-section-title");
        return heading;
    }
}
