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


    final PasswordField currentPassword = new PasswordField(getTranslation("account.current-password"));
    final PasswordField newPassword = new PasswordField(getTranslation("account.new-password"));
    final PasswordField deletePassword = new PasswordField(getTranslation("account.your-password"));
    final Grid<AccessLog.Visit> visits = new Grid<>();

    public MyAccountView(CurrentUser currentUser, AccountService accounts, PasswordService passwords,
                         PersonalDataService personalData, AccessLog accessLog) {
        addClassNames("kl-page", "kl-my-account");
        AccountSummary me = currentUser.require();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(com.kneeline.base.i18n.Translations.supported(getLocale())).withZone(Dates.ZONE);

        add(section(getTranslation("account.yours")), new Paragraph(me.displayName() + " · " + me.email() + " · "
                + me.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))
                + " · " + getTranslation("account.joined", when.format(me.createdAt()))));
        Div consent = new Div();
        consent.setId("consent");
        accounts.consentGivenAt(me.id()).ifPresentOrElse(
                at -> consent.add(new Paragraph(getTranslation("account.consent", when.format(at)))),
                () -> consent.add(new Paragraph(getTranslation("account.consent.older")),
                        new Button(getTranslation("account.consent.agree"), click -> {
                    accounts.giveConsent(me.id());
                    consent.removeAll();
                    consent.add(new Paragraph(getTranslation("account.consent.thanks")));
                })));
        add(consent, new Paragraph(new RouterLink(getTranslation("account.privacy"), PrivacyNoticeView.class)));
        add(new com.kneeline.account.ui.LanguageChoice(accounts, me));

        add(section(getTranslation("account.change-password")));
        newPassword.setHelperText(PasswordPolicy.HELP);
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button change = new Button(getTranslation("account.change-password.button"), click -> {
            currentPassword.setInvalid(false);
            newPassword.setInvalid(false);
            try {
                passwords.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                Notification.show(getTranslation("account.password-changed"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PasswordProblem problem) {
                PasswordField field = problem.field() == PasswordProblem.Field.NEW ? newPassword : currentPassword;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        change.setId("change-password");
        add(formRow(currentPassword, newPassword, change));

        add(section(getTranslation("account.data")), new Paragraph(getTranslation("account.data.text")));
        Anchor json = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = personalData.exportMine();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kneeline-my-data.json",
                    "application/json", bytes.length);
        }), getTranslation("account.download.json"));
        json.setId("download-json");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = personalData.loggedSetsCsv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kneeline-logged-sets.csv", "text/csv",
                    bytes.length);
        }), getTranslation("account.download.csv"));
        csv.setId("download-csv");
        Div downloads = new Div(json, csv);
        downloads.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        add(downloads);

        add(section(getTranslation("account.visits")), new Paragraph(getTranslation("account.visits.text", 10)));
        // One stacked column, so who, what and when all stay readable on a phone.
        visits.addComponentColumn(v -> {
            Span who = new Span(v.who() + " (" + v.role() + ")");
            who.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            Span what = new Span(v.what());
            Span at = new Span(when.format(v.when()));
            at.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Div visit = new Div(who, what, at);
            visit.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            return visit;
        }).setHeader(getTranslation("account.visits.header"));
        visits.setItemsPageable(pageable -> accessLog.mine(me.id(), pageable),
                pageable -> (int) accessLog.countMine(me.id()));
        visits.setEmptyStateText(getTranslation("account.visits.none"));
        visits.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        visits.setAllRowsVisible(accessLog.countMine(me.id()) <= 20);
        visits.setId("access-log");
        add(visits);

        add(section(getTranslation("account.delete")), new Paragraph(getTranslation("account.delete.text")));
        Button delete = new Button(getTranslation("account.delete"), VaadinIcon.TRASH.create(), click -> confirmDeletion(currentUser,
                personalData));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-account");
        add(formRow(deletePassword, delete));
    }

    private void confirmDeletion(CurrentUser currentUser, PersonalDataService personalData) {
        if (deletePassword.isEmpty()) {
            deletePassword.setErrorMessage(getTranslation("account.delete.password"));
            deletePassword.setInvalid(true);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("account.delete.confirm.title"),
                getTranslation("account.delete.confirm.text"), getTranslation("account.delete.confirm"), confirm -> {
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
        dialog.setCancelText(getTranslation("account.delete.keep"));
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
