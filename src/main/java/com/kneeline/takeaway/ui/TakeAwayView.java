package com.kneeline.takeaway.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.kneeline.account.CurrentUser;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.ui.HandoutDownload;
import com.kneeline.prescription.ui.ProgrammeHandout;
import com.kneeline.privacy.ui.MyAccountView;
import com.kneeline.takeaway.CalendarFeedService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * What a person can take out of KneeLine: the programme as a printable PDF, their sessions and check-in in their own
 * calendar, and (on My account) all their data.
 */
@Route(TakeAwayView.ROUTE)
@PageTitle("Take it with you")
@Menu(order = 17, icon = "vaadin:download", title = "Take it with you")
@PermitAll
public class TakeAwayView extends Main {

    public static final String ROUTE = "take-away";

    static final String TITLE = "Take it with you";
    static final String PRINT = "Your programme on paper";
    static final String PRINT_TEXT = "Every session's exercises with their dose, how to do them, cues and why, the "
            + "safety notes, and your phase and its goal: to print and take to the gym. Black and white is fine.";
    static final String NO_PROGRAMME = "You have no programme to print yet.";
    static final String DATA = "All your data";
    static final String DATA_TEXT = "Everything KneeLine keeps about you, as a JSON file and your logged sets as a "
            + "spreadsheet, is on ";
    static final String DATA_LINK = "My account: Download my data";

    public TakeAwayView(ProgrammeService programmes, ProgrammeHandout handout, CalendarFeedService feeds,
                        CurrentUser currentUser) {
        addClassNames("kl-page", "kl-take-away-page");
        H2 title = new H2(TITLE);
        title.setId("take-away-title");
        add(title);

        add(section(PRINT), new Paragraph(PRINT_TEXT));
        Optional<ProgrammeDetails> current = programmes.hold().isPresent() ? Optional.empty() : programmes.current();
        if (current.isPresent() && !current.get().programme().sessions().isEmpty()) {
            add(new HandoutDownload(handout, () -> programmes.current().orElseThrow(),
                    currentUser.require().displayName(), getLocale(), ZoneId.systemDefault()));
        } else {
            Paragraph none = new Paragraph(NO_PROGRAMME);
            none.setId("handout-none");
            add(none);
        }

        add(new CalendarFeedPanel(feeds, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())));

        add(section(DATA));
        RouterLink data = new RouterLink(DATA_LINK, MyAccountView.class);
        data.setId("take-away-my-data");
        add(new Paragraph(new Span(DATA_TEXT), data));
    }

    static H2 section(String text) {
        H2 heading = new H2(text);
        heading.addClassName("kl-section-title");
        return heading;
    }
}
