package com.kneeline.privacy.ui;

import com.kneeline.base.ui.EntryPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What KneeLine keeps about a person, why, who sees it and what they can do about it; readable before sign-up. */
@Route(value = "privacy", autoLayout = false)
@PageTitle("Privacy notice | KneeLine")
@AnonymousAllowed
public class PrivacyNoticeView extends EntryPage {

    public PrivacyNoticeView() {
        setCardContent("Privacy notice",
                new Paragraph("KneeLine keeps health data: your answers about pain and injuries, your assessments "
                        + "and what they found, your programme, the sessions you log and reasons to see a "
                        + "professional. The people who run this KneeLine are responsible for it."),
                section("Why, and on what basis"),
                new Paragraph("Only to give you an exercise programme and track how it goes. Health data is "
                        + "special-category data (GDPR Art. 9): we keep it only with your explicit consent, which you "
                        + "give at sign-up. No advertising, no selling, no tracking cookies: one cookie keeps you "
                        + "signed in."),
                section("Who sees it"),
                list("You.",
                        "A trainer, only while you are linked to them. Every time they open your data it is listed "
                                + "under \"Who saw my data\" on My account. Unlinking ends their access at once.",
                        "Administrators manage accounts and roles, not health data."),
                section("How long"),
                new Paragraph("Until you delete your account. Deleting it removes every row about you, including a "
                        + "trainer's private notes about you. Backups made before that age out with the backup "
                        + "rotation the people running KneeLine use."),
                section("Your rights"),
                list("Download all your data as one file (JSON) and your logged sets as a spreadsheet (CSV): My account.",
                        "Delete your account and everything about you: My account. Withdrawing consent means this.",
                        "Correct what you entered: sessions can be corrected for 48 hours; a new check-in replaces "
                                + "an assessment's findings.",
                        "Complain to your data protection authority."),
                new Anchor("", "Back to KneeLine"));
    }

    private static H2 section(String title) {
        H2 heading = new H2(title);
        heading.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.FontSize.LARGE,
                com.vaadin.flow.theme.lumo.LumoUtility.Margin.Top.MEDIUM);
        return heading;
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
