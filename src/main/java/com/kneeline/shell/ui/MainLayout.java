package com.kneeline.shell.ui;

import com.kneeline.account.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view. The side navigation is built from the {@code @Menu} annotations of the
 * views the current person may open, so a new feature appears in the menu by annotating its view.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final transient CurrentUser currentUser;

    public MainLayout(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("kl-view-title");
        addToNavbar(true, toggle, viewTitle);

        Div brand = new Div(new Icon(VaadinIcon.CHEVRON_CIRCLE_UP_O), new Span("KneeLine"));
        brand.addClassName("kl-brand");
        addToDrawer(brand, new Scroller(buildNav()), buildUserFooter());
    }

    private SideNav buildNav() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), iconFor(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private static Icon iconFor(String name) {
        // Menu icons are written "vaadin:name" in @Menu.
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(name);
    }

    private Div buildUserFooter() {
        String name = currentUser.get().map(a -> a.displayName()).orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Span who = new Span(name);
        who.addClassName("kl-user-name");
        Button logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), click -> currentUser.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.setId("logout");
        Div footer = new Div(avatar, who, logout);
        footer.addClassName("kl-user-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("KneeLine"));
    }
}
