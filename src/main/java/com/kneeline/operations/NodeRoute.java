package com.kneeline.operations;

import java.util.regex.Pattern;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each user's UI in the HTTP session of the node that created it, so a load balancer must send every
 * request of a session to that node. With {@code KNEELINE_NODE_ROUTE} set (e.g. {@code a}), Tomcat ends each session id
 * with it ({@code JSESSIONID=3F2A….a}), which a balancer can route on without its own cookie; docs/deploy.md has the
 * nginx configuration.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final String route;

    NodeRoute(@Value("${kneeline.node-route:}") String route) {
        if (!route.isEmpty() && !ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("KNEELINE_NODE_ROUTE must be 1 to 20 letters, digits, - or _; was '"
                    + route + "'");
        }
        this.route = route;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // The engine is only reachable once the context sits in its host, just before the session manager starts.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        }));
    }
}
