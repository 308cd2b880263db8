package com.kneeline.account.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.account.AccountService;
import com.kneeline.account.AccountSummary;
import com.kneeline.base.i18n.Translations;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;

/**
 * "Language" on My account: follow the browser, or always English or German. Saved with the account, so it holds on
 * every device; the page reloads in the new language.
 */
public final class LanguageChoice extends Div {

    static final String BROWSER = "browser";

    final Select<String> language = new Select<>();

    public LanguageChoice(AccountService accounts, AccountSummary me) {
        setId("language-choice");
        H2 title = new H2(getTranslation("language.title"));
        title.addClassName("kl-section-title");
        language.setLabel(getTranslation("language.label"));
        language.setHelperText(getTranslation("language.help"));
        List<String> items = new java.util.ArrayList<>(List.of(BROWSER));
        Translations.LOCALES.forEach(l -> items.add(l.getLanguage()));
        language.setItems(items);
        // Each language is named in itself, so a person who cannot read the current one still finds theirs.
        language.setItemLabelGenerator(tag -> tag.equals(BROWSER) ? getTranslation("language.browser")
                : Locale.forLanguageTag(tag).getDisplayLanguage(Locale.forLanguageTag(tag)));
        language.setValue(accounts.chosenLocale(me.email()).map(Locale::getLanguage).orElse(BROWSER));
        language.setId("language-select");
        language.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            Optional<Locale> chosen = BROWSER.equals(change.getValue()) ? Optional.empty()
                    : Optional.of(Locale.forLanguageTag(change.getValue()));
            accounts.chooseLocale(me.id(), chosen.orElse(null));
            getUI().ifPresent(ui -> {
                ChosenLanguage.apply(ui, chosen);
                ui.getPage().reload();
            });
        });
        add(title, language);
    }
}
