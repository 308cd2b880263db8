package com.kneeline.trainer.ui;

import java.util.List;

import com.kneeline.trainer.TrainerNote;
import com.kneeline.trainer.TrainerNoteService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/** The trainer's private notes on a client: only the trainer sees them. Part of {@link ClientDetailView}. */
class ClientNotesSection extends Section {

    private final transient TrainerNoteService notes;
    private final long clientId;
    private final Div list = new Div();

    ClientNotesSection(TrainerNoteService notes, long clientId) {
        this.notes = notes;
        this.clientId = clientId;
        setId("client-notes");
        addClassName("kl-client-section");
        Paragraph privacy = new Paragraph("Only you see these notes; your client does not.");
        privacy.addClassName("kl-fine-print");
        TextArea text = new TextArea("New note");
        text.setMaxLength(TrainerNote.BODY_MAX_LENGTH);
        text.setWidthFull();
        text.setManualValidation(true);
        text.setId("client-note-text");
        list.setId("client-note-list");
        Button add = new Button("Add note", click -> {
            try {
                notes.add(clientId, text.getValue());
                text.clear();
                text.setInvalid(false);
                render();
            } catch (IllegalArgumentException invalid) {
                text.setErrorMessage(invalid.getMessage());
                text.setInvalid(true);
            }
        });
        add.setId("client-note-add");
        add(new H3("Private notes"), privacy, text, add, list);
        render();
    }

    private void render() {
        list.removeAll();
        List<TrainerNoteService.Note> all = notes.list(clientId, 50);
        if (all.isEmpty()) {
            list.add(new Paragraph("No notes yet."));
        }
        for (TrainerNoteService.Note note : all) {
            Span when = new Span(ClientDetailView.WHEN.format(note.writtenAt()));
            when.addClassName("kl-fine-print");
            Div item = new Div(when, new Paragraph(note.body()));
            item.addClassName("kl-note");
            list.add(item);
        }
    }
}
