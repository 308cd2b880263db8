package com.kneeline.tracking.ui;

import java.util.List;
import java.util.Optional;

import com.kneeline.tracking.TodaysSessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The one place for "what changes next time", on Today and Home: while a referral flag is open, that the programme
 * is paused and what lifts the pause; and the decisions after the latest session, with their reasons, until the
 * next session is logged. Nothing when there is neither.
 */
public class NextTimePanel extends Composite<Div> {

    /**
     * @param withChanges show the latest session's decisions too (Today leaves them to its "done today" box)
     */
    public NextTimePanel(TodaysSessionService today, long personId, boolean withChanges) {
        Div root = getContent();
        root.addClassName("kl-next-time-panel");
        Optional<String> until = today.pausedUntil(personId);
        until.ifPresent(u -> root.add(paused(u)));
        List<String> sentences = withChanges ? today.whatChangesNext(personId) : List.of();
        if (!sentences.isEmpty()) {
            root.add(changes(sentences));
        }
        root.setVisible(until.isPresent() || !sentences.isEmpty());
    }

    static Component paused(String until) {
        Div box = new Div(new H3("Programme paused"), new Paragraph("Nothing gets harder until " + until + ". You "
                + "can still log your sessions, and an easier step after pain or a caving knee still applies."));
        box.addClassName("kl-callout");
        box.addClassName("kl-paused");
        box.setId("paused-until");
        return box;
    }

    /** "What changes next time" and its sentences (also the History dialog's list for one session). */
    static Component changes(List<String> sentences) {
        Div box = new Div();
        box.addClassName("kl-next-time");
        box.setId("what-changes-next");
        box.add(new H3("What changes next time"));
        if (sentences.isEmpty()) {
            box.add(new Paragraph("Nothing yet."));
            return box;
        }
        UnorderedList list = new UnorderedList();
        sentences.forEach(s -> {
            ListItem item = new ListItem(s);
            if (TodaysSessionService.WAITING.equals(s)) {
                item.addClassName("kl-waiting");
            }
            list.add(item);
        });
        box.add(list);
        return box;
    }
}
