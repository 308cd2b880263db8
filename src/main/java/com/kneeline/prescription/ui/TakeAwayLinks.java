package com.kneeline.prescription.ui;

import com.kneeline.privacy.ui.MyAccountView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;

/**
 * The programme's take-away row: the printable handout, the calendar feed and the person's data download, side by
 * side and wrapping on a phone. The calendar page is linked by its route, as the take-away feature builds on this one.
 */
final class TakeAwayLinks {

    static final String CALENDAR_ROUTE = "take-away";
    static final String CALENDAR = "Add your sessions to your calendar";
    static final String MY_DATA = "Download all my data";

    private TakeAwayLinks() {
    }

    static Div forProgramme(HandoutDownload handout) {
        Anchor calendar = new Anchor(CALENDAR_ROUTE, CALENDAR);
        calendar.setId("calendar-link");
        RouterLink data = new RouterLink(MY_DATA, MyAccountView.class);
        data.setId("my-data-link");
        Div row = new Div(handout, calendar, data);
        row.addClassName("kl-take-away");
        return row;
    }
}
