package com.kneeline;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.content.model.Choice;
import com.kneeline.content.model.ContentCatalogue;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The assessment wizard's answer fields in Chromium, filled as a person would: by the labels they read. */
final class WizardFields {

    private WizardFields() {
    }

    /**
     * Answers one field: yes, no and "don't know" by their labels, a content choice by its position among the
     * choices, a number typed. No answer leaves a field without "don't know" empty.
     */
    static void answer(Page page, ContentCatalogue catalogue, AnswerKey key, String raw) {
        Locator field = page.locator("#answer-" + key.storageKey().replace('@', '-'));
        if (field.evaluate("e => e.localName").equals("vaadin-radio-group")) {
            String label = raw == null ? "Don't know" : switch (raw) {
                case Answers.YES -> "Yes";
                case Answers.NO -> "No";
                default -> null;
            };
            if (raw == null && field.getByText("Don't know").count() == 0) {
                return;
            }
            if (label != null) {
                field.getByText(label, new Locator.GetByTextOptions().setExact(true)).click();
            } else {
                // A choice: click the radio button whose value the content pack's choice id maps to, by its label.
                int index = catalogue.input(key.inputId()).orElseThrow().choices().stream().map(Choice::id).toList()
                        .indexOf(raw);
                field.locator("vaadin-radio-button").nth(index).click();
            }
        } else if (raw != null) {
            field.locator("input").fill(raw);
        }
    }
}
