package com.kneeline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A click in a Vaadin view (a UIDL round trip) has its own URI tag in the request metrics. */
class VaadinRequestConventionTest {

    private final VaadinRequestConvention convention = new VaadinRequestConvention();

    private String uri(MockHttpServletRequest request) {
        ServerRequestObservationContext context = new ServerRequestObservationContext(request,
                new MockHttpServletResponse());
        return convention.getLowCardinalityKeyValues(context).stream().filter(k -> k.getKey().equals("uri"))
                .findFirst().orElseThrow().getValue();
    }

    @Test
    void uidlAndHeartbeatRequestsAreNamedByTheirVaadinRequestType() {
        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        assertThat(uri(uidl)).isEqualTo("/vaadin/uidl");
        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setParameter("v-r", "heartbeat");
        assertThat(uri(heartbeat)).isEqualTo("/vaadin/heartbeat");
    }

    @Test
    void anythingElseKeepsTheDefaultAndOddValuesNeverBecomeTags() {
        MockHttpServletRequest odd = new MockHttpServletRequest("POST", "/");
        odd.setParameter("v-r", "<script>" + "x".repeat(40));
        assertThat(uri(odd)).doesNotStartWith("/vaadin/");
        assertThat(uri(new MockHttpServletRequest("GET", "/login"))).doesNotStartWith("/vaadin/");
    }
}
