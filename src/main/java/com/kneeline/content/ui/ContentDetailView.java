package com.kneeline.content.ui;

import java.util.Optional;
import java.util.function.Function;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.ContentCatalogue;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page for one content entry found by the id in its address: the title follows the entry, and an unknown id gets a
 * "not found" page that links back to a list, instead of an error.
 */
abstract class ContentDetailView<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final transient ContentService content;
    protected final transient ContentCatalogue catalogue;
    private final String idParameter;
    private final NotFound notFound;
    private final transient Function<String, Optional<T>> find;
    private final transient Function<T, String> name;
    private String title;

    /** What a reader sees when the address names no entry, and where the page sends them instead. */
    record NotFound(String title, String explanation, String linkText,
            Class<? extends Component> backTo) {
    }

    ContentDetailView(ContentService content, String idParameter, Function<String, Optional<T>> find,
            Function<T, String> name, NotFound notFound) {
        this.content = content;
        this.find = find;
        this.name = name;
        this.catalogue = content.catalogue();
        this.idParameter = idParameter;
        this.notFound = notFound;
        this.title = notFound.title();
        addClassNames("kl-page", "kl-detail-page");
    }

    /** Fills the page with the entry found. */
    abstract void show(T entry);

    /** The page's heading: the entry's name. */
    H2 heading(T entry, String id) {
        H2 heading = new H2(name.apply(entry));
        heading.setId(id);
        heading.addClassName("kl-detail-title");
        return heading;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<T> found = event.getRouteParameters().get(idParameter).flatMap(find);
        if (found.isEmpty()) {
            title = notFound.title();
            add(ContentComponents.notFound(notFound.title(), notFound.explanation(), notFound.linkText(),
                    notFound.backTo()));
            return;
        }
        title = name.apply(found.get());
        show(found.get());
    }
}
