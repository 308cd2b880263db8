package com.kneeline.trainer.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kneeline.account.TrainerLinkService;
import com.kneeline.trainer.RosterService;
import com.kneeline.tracking.engine.Adherence;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The trainer's clients: a lazy grid (one page of the read model at a time), searchable by name or email, sortable,
 * filterable by what needs attention. A click opens the client's page. Without clients, an invite button.
 */
@Route("trainer/clients")
@PageTitle("Clients")
@Menu(order = 20, icon = "vaadin:users", title = "Clients")
@RolesAllowed("TRAINER")
public class RosterView extends Main {

    /** Window widths below this get the compact roster. */
    static final int PHONE_WIDTH = 700;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    final TextField search = new TextField();
    final CheckboxGroup<RosterService.Attention> attention = new CheckboxGroup<>("Needs attention");
    final Grid<RosterService.Row> grid = new Grid<>();
    private final transient RosterService roster;
    private final transient TrainerLinkService links;
    /** Columns a phone has no room for; their facts move into the client cell there. */
    private final List<Grid.Column<RosterService.Row>> wide = new ArrayList<>();
    private boolean compact;
    private Registration resize;

    public RosterView(RosterService roster, TrainerLinkService links) {
        this.roster = roster;
        this.links = links;
        addClassNames("kl-page", "kl-roster");
        H2 title = new H2("Clients");
        title.setId("roster-title");
        Button invite = new Button("Invite a client", VaadinIcon.PLUS.create(),
                click -> InviteDialog.open(links, baseUrl()));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-client");
        Div header = new Div(title, invite);
        header.addClassName("kl-roster-header");
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("justify-content", "space-between").set("gap", "var(--lumo-space-s)");

        if (links.clientCount() == 0) {
            add(header, emptyState());
            return;
        }

        search.setPlaceholder("Search by name or email");
        search.setAriaLabel("Search clients by name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("roster-search");
        search.setWidth("min(100%, 24rem)");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        attention.setItems(RosterService.Attention.values());
        attention.setItemLabelGenerator(RosterService.Attention::label);
        attention.setHelperText("Shows clients with any of the ticked. Adherence dropping: at least "
                + RosterService.ADHERENCE_DROP_SESSIONS_PER_WEEK + " session a week fewer in the last 7 days than "
                + "their weekly average over 30 days.");
        attention.setId("roster-attention");
        attention.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("roster-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> clientCell(row, compact)).setHeader("Client").setSortProperty(RosterService.SORT_NAME)
                .setWidth("13rem").setFlexGrow(1);
        // Fixed widths: auto widths would be measured while the columns are hidden on a phone.
        wide.add(grid.addColumn(RosterView::nextSession)
                .setHeader("Next session").setWidth("9.5rem").setFlexGrow(0));
        wide.add(grid.addColumn(RosterView::adherence)
                .setHeader("Adherence 7 / 30 d").setWidth("10rem").setFlexGrow(0)
                .setTooltipGenerator(r -> r.last7Days().done() + " of " + r.last7Days().planned() + " in 7 days, "
                        + r.last30Days().done() + " of " + r.last30Days().planned() + " in 30 days, as the client sees it"));
        grid.addComponentColumn(RosterView::flagsCell).setHeader("Flags")
                .setSortProperty(RosterService.SORT_OPEN_FLAGS).setWidth("6.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        wide.add(grid.addColumn(RosterView::lastLog)
                .setHeader("Last log").setSortProperty(RosterService.SORT_DAYS_SINCE_LOG).setWidth("8.5rem")
                .setFlexGrow(0));
        wide.add(grid.addComponentColumn(RosterView::reassessmentCell).setHeader("Reassessment")
                .setSortProperty(RosterService.SORT_REASSESSMENT).setWidth("11.5rem").setFlexGrow(0));
        grid.setMultiSort(true);
        grid.setEmptyStateText("No client matches this search or filter.");
        grid.setItemsPageable(pageable -> roster.page(filter(), pageable), pageable -> roster.count(filter()));
        grid.addItemClickListener(click -> open(click.getItem().clientId()));
        sizeGrid();

        Div filters = new Div(search, attention);
        filters.addClassName("kl-roster-filters");
        add(header, filters, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> adapt(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(change -> adapt(change.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
        }
    }

    /** Below a tablet's width the grid keeps Client and Flags, and the client cell carries the rest. */
    private void adapt(int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth < PHONE_WIDTH;
        if (phone == compact) {
            return;
        }
        compact = phone;
        wide.forEach(column -> column.setVisible(!phone));
        sizeGrid();
        grid.getDataProvider().refreshAll();
    }

    /** Tall enough for the clients there are (up to ten rows), so a short roster leaves no empty box. */
    private void sizeGrid() {
        grid.setHeight(Math.min(links.clientCount(), 10) * (compact ? 7 : 3.6) + 4 + "rem");
    }

    private RosterService.Filter filter() {
        return new RosterService.Filter(search.getValue(), attention.getValue());
    }

    private void open(long clientId) {
        getUI().ifPresent(ui -> ui.navigate(ClientDetailView.class,
                new RouteParameters(ClientDetailView.CLIENT_ID, String.valueOf(clientId))));
    }

    private Component emptyState() {
        Div empty = new Div(new H3("No clients yet"),
                new Paragraph("Invite a client: you get a short code and a link. When they enter it in their account, "
                        + "they appear here with their sessions, adherence and flags."));
        empty.addClassName("kl-empty-state-box");
        empty.setId("roster-empty");
        Button invite = new Button("Invite your first client", VaadinIcon.PLUS.create(),
                click -> InviteDialog.open(links, baseUrl()));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-first-client");
        empty.add(invite);
        return empty;
    }

    private static Component clientCell(RosterService.Row row, boolean compact) {
        Span name = new Span(row.name());
        name.addClassName("kl-roster-name");
        Span email = new Span(row.email());
        email.addClassName("kl-fine-print");
        email.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("overflow", "hidden").set("text-overflow", "ellipsis");
        Div cell = new Div(name, email);
        cell.addClassName("kl-roster-client");
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("line-height", "1.3");
        if (compact) {
            Span facts = new Span("Next: " + nextSession(row) + " · Adherence 7/30 d: " + adherence(row)
                    + " · Last log: " + lastLog(row) + " · Reassessment: " + reassessmentText(row));
            facts.getStyle().set("font-size", "var(--lumo-font-size-s)").set("white-space", "normal");
            facts.addClassName("kl-roster-facts");
            cell.add(facts);
            cell.getStyle().set("white-space", "normal");
        }
        return cell;
    }

    private static Component flagsCell(RosterService.Row row) {
        Span count = new Span(String.valueOf(row.openFlags()));
        if (row.openFlags() > 0) {
            count.getElement().getThemeList().add("badge error");
        }
        return count;
    }

    private static String nextSession(RosterService.Row row) {
        return row.nextSession() == null ? "No programme" : DAY.format(row.nextSession());
    }

    private static String lastLog(RosterService.Row row) {
        return row.daysSinceLastLog() == null ? "Never logged" : days(row.daysSinceLastLog());
    }

    private static String reassessmentText(RosterService.Row row) {
        if (row.reassessmentDue() == null) {
            return "No assessment";
        }
        return (row.reassessmentOverdue() ? "Overdue (was due " + DAY.format(row.reassessmentDue()) + ")"
                : "Due " + DAY.format(row.reassessmentDue()));
    }

    private static Component reassessmentCell(RosterService.Row row) {
        if (row.reassessmentDue() == null) {
            return new Span(reassessmentText(row));
        }
        Span due = new Span(reassessmentText(row));
        if (row.reassessmentOverdue()) {
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }

    /** The client's own 7- and 30-day figures; nothing due yet is said, not shown as 100 %. */
    static String adherence(RosterService.Row row) {
        if (!row.hasProgramme()) {
            return "–";
        }
        if (row.last30Days().planned() == 0) {
            return "Nothing due yet";
        }
        return percent(row.last7Days()) + " / " + percent(row.last30Days());
    }

    static String percent(Adherence.Window window) {
        return window.planned() == 0 ? "–" : window.percent() + " %";
    }

    private static String days(int days) {
        return days == 0 ? "Today" : days == 1 ? "Yesterday" : days + " days ago";
    }

    /** The address clients open, for the invite link: this server as the trainer reached it. */
    static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = http.getServerPort() == ("https".equals(http.getScheme()) ? 443 : 80);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }
}
