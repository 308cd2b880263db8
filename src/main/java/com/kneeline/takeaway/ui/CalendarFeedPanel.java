package com.kneeline.takeaway.ui;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import com.kneeline.takeaway.CalendarFeedService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The calendar feed's controls: the zone and time of day for sessions, making the secret address (shown once, to
 * copy into Google, Apple or Outlook calendars), replacing it, and turning it off.
 */
class CalendarFeedPanel extends Div {

    static final String TITLE = "Your sessions in your calendar";
    static final String TEXT = "A private calendar address for Google Calendar, Apple Calendar or Outlook: your "
            + "planned sessions for the coming weeks and your next check-in. It shows the exercise names and times, "
            + "nothing about your knee or pain. Anyone with the address can see it, so keep it to yourself.";
    static final String ZONE = "Your time zone";
    static final String TIME = "Sessions start at";
    static final String TIME_HELP = "Your calendar shows each planned session at this time.";
    static final String SAVE = "Save time and zone";
    static final String SAVED = "Saved. Your calendar shows the new time at its next refresh.";
    static final String MAKE = "Make my calendar address";
    static final String REMAKE = "Make a new address";
    static final String REMAKE_CONFIRM = "The current address stops working at once. Calendars that use it need "
            + "the new one.";
    static final String REVOKE = "Turn off the calendar address";
    static final String REVOKED = "Your calendar address no longer works.";
    static final String ACTIVE = "Your calendar address works since {0}. It is shown once only, when made: to add it "
            + "to another calendar, make a new one.";
    static final String INACTIVE = "You have no calendar address.";
    static final String ADDRESS = "Your calendar address";
    static final String ADDRESS_HELP = "Copy it now: in Google Calendar choose Other calendars, From URL; in Apple "
            + "Calendar File, New Calendar Subscription; in Outlook Add calendar, Subscribe from web.";
    static final String OPEN = "Open in my calendar app";

    private final transient CalendarFeedService feeds;
    private final DateTimeFormatter when;
    private final ComboBox<ZoneId> zone = new ComboBox<>(ZONE);
    private final TimePicker time = new TimePicker(TIME);
    private final Div state = new Div();
    private final String base;

    CalendarFeedPanel(CalendarFeedService feeds, DateTimeFormatter when) {
        this.feeds = feeds;
        this.when = when;
        setId("calendar-feed");
        addClassName("kl-calendar-feed");
        base = ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .build().toUriString();
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
                && !id.startsWith("SystemV/")).map(ZoneId::of).sorted(Comparator.comparing(ZoneId::getId)).toList());
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setId("calendar-zone");
        zone.setRequired(true);
        time.setStep(java.time.Duration.ofMinutes(15));
        time.setHelperText(TIME_HELP);
        time.setId("calendar-time");
        time.setRequiredIndicatorVisible(true);
        CalendarFeedService.Settings settings = feeds.mine(ZoneId.systemDefault());
        zone.setValue(settings.zone());
        time.setValue(settings.sessionTime());
        Button save = new Button(SAVE, click -> {
            if (valid()) {
                feeds.setSchedule(zone.getValue(), time.getValue());
                Notification.show(SAVED);
            }
        });
        save.setId("calendar-save");
        Div fields = new Div(zone, time, save);
        fields.addClassName("kl-form-row");
        add(TakeAwayView.section(TITLE), new Paragraph(TEXT), fields, state);
        showState(settings.active(), settings);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!feeds.mine(ZoneId.systemDefault()).active()) { // nothing chosen yet: the browser knows the zone
            event.getUI().getPage().retrieveExtendedClientDetails(details -> {
                try {
                    zone.setValue(ZoneId.of(details.getTimeZoneId()));
                } catch (RuntimeException unknownZone) {
                    // keep the server's zone; the person can pick theirs
                }
            });
        }
    }

    private boolean valid() {
        zone.setInvalid(zone.isEmpty());
        time.setInvalid(time.isEmpty());
        return !zone.isEmpty() && !time.isEmpty();
    }

    private void showState(boolean active, CalendarFeedService.Settings settings) {
        state.removeAll();
        if (active) {
            Paragraph since = new Paragraph(ACTIVE.replace("{0}", when.withZone(settings.zone())
                    .format(settings.activeSince())));
            since.setId("calendar-active");
            Button remake = new Button(REMAKE, VaadinIcon.REFRESH.create(), click -> {
                ConfirmDialog confirm = new ConfirmDialog(REMAKE, REMAKE_CONFIRM, REMAKE, yes -> make());
                confirm.setCancelable(true);
                confirm.open();
            });
            remake.setId("calendar-remake");
            Button revoke = new Button(REVOKE, VaadinIcon.BAN.create(), click -> {
                feeds.revoke();
                showState(false, feeds.mine(zone.getValue()));
                Notification.show(REVOKED);
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("calendar-revoke");
            Div buttons = new Div(remake, revoke);
            buttons.addClassName("kl-form-row");
            state.add(since, buttons);
        } else {
            Paragraph none = new Paragraph(INACTIVE);
            none.setId("calendar-inactive");
            Button make = new Button(MAKE, VaadinIcon.CALENDAR.create(), click -> make());
            make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            make.setId("calendar-make");
            state.add(none, make);
        }
    }

    private void make() {
        if (!valid()) {
            return;
        }
        String token = feeds.start(zone.getValue(), time.getValue());
        showState(true, feeds.mine(zone.getValue()));
        String url = base + "/calendar/" + token + ".ics";
        TextField address = new TextField(ADDRESS);
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(ADDRESS_HELP);
        address.setId("calendar-address");
        Anchor open = new Anchor();
        open.setText(OPEN);
        // webcal: hands the address to the device's calendar app; the address is our own, built above.
        open.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
        open.setId("calendar-open");
        state.addComponentAtIndex(0, new Div(address, open));
    }
}
