package com.kneeline.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kneeline.KaribuTest;
import com.vaadin.flow.server.ErrorEvent;

import org.junit.jupiter.api.Test;

/** The page-not-found view itself is checked in a real browser (AppInBrowserIT), where routing is not mocked. */
class ErrorPagesTest extends KaribuTest {

    @Test
    void anUnexpectedErrorIsShownAsAPlainMessageWithAReferenceNotAStackTrace() {
        new ErrorHandling.FriendlyErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text", "")).startsWith(ErrorHandling.MESSAGE)
                        .contains("Reference").doesNotContain("boom").doesNotContain("Exception"));
    }
}
