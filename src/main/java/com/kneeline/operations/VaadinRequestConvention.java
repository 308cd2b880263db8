package com.kneeline.operations;

import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Names Vaadin's own requests in {@code http.server.requests}. Nearly every click in a Vaadin view is a POST to
 * {@code /?v-r=uidl} (a UIDL round trip), and heart-beats go to {@code ?v-r=heartbeat}; the default convention would
 * give them all the one catch-all URI of Vaadin's forwarding handler, so the latency of a click could not be told
 * from a page load. The request type is a small fixed set, so the tag stays low-cardinality.
 */
@Component
class VaadinRequestConvention extends DefaultServerRequestObservationConvention {

    private static final Pattern REQUEST_TYPE = Pattern.compile("[a-z-]{1,20}");

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        String type = context.getCarrier() == null ? null : context.getCarrier().getParameter("v-r");
        if (type != null && REQUEST_TYPE.matcher(type).matches()) {
            return KeyValue.of("uri", "/vaadin/" + type);
        }
        return super.uri(context);
    }
}
