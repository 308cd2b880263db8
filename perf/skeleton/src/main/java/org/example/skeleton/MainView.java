package org.example.skeleton;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The one view: a heading, a line of text and a log-out button. */
@Route("")
@PageTitle("Skeleton")
@PermitAll
public class MainView extends Main {

    public MainView(AuthenticationContext authentication) {
        H2 title = new H2("Hello");
        title.setId("skeleton-title");
        Button logout = new Button("Log out", click -> authentication.logout());
        logout.setId("logout");
        add(title, new Paragraph("The one view of the skeleton."), logout);
    }
}
