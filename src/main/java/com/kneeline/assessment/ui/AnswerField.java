package com.kneeline.assessment.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.content.model.Choice;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.SafetyFlag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

/**
 * One answer in the wizard, rendered from the content pack's input definition: yes/no and choices as radio
 * buttons, numbers as text fields with their unit. It holds the raw value exactly as the engine reads it.
 */
final class AnswerField {

    static final String DONT_KNOW = "dont-know";

    private final AnswerKey key;
    private final Component component;
    private final RadioButtonGroup<String> radios;
    private final TextField text;

    private AnswerField(AnswerKey key, RadioButtonGroup<String> radios, TextField text) {
        this.key = key;
        this.radios = radios;
        this.text = text;
        this.component = radios != null ? radios : text;
        component.setId(domId(key));
    }

    static String domId(AnswerKey key) {
        return "answer-" + key.storageKey().replace('@', '-');
    }

    /**
     * @param requiredNote for an input the content makes required by another answer, what the person should know
     *                     ("Needed when you choose ..."); {@code null} otherwise
     */
    static AnswerField forInput(Input input, AnswerKey key, String label, String requiredNote) {
        if (input.type() == InputType.YES_NO || input.type() == InputType.CHOICE) {
            Map<String, String> options = new LinkedHashMap<>();
            if (input.type() == InputType.YES_NO) {
                options.put(Answers.YES, com.vaadin.flow.i18n.I18NProvider.translate("answer.yes"));
                options.put(Answers.NO, com.vaadin.flow.i18n.I18NProvider.translate("answer.no"));
            } else {
                for (Choice choice : input.choices()) {
                    options.put(choice.id(), choice.label());
                }
            }
            if (input.optional()) {
                options.put(DONT_KNOW, com.vaadin.flow.i18n.I18NProvider.translate("answer.dont-know"));
            }
            RadioButtonGroup<String> group = radios(label, options);
            group.setHelperText(input.help());
            group.setRequiredIndicatorVisible(!input.optional());
            return new AnswerField(key, group, null);
        }
        TextField field = new TextField(label);
        boolean decimal = input.type() == InputType.DECIMAL;
        field.setAllowedCharPattern(decimal ? "[0-9.,\\-]" : "[0-9\\-]");
        // Phones show a number keypad for these.
        field.getElement().setAttribute("inputmode", decimal ? "decimal" : "numeric");
        if (input.unit() != null) {
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span(input.unit()));
        }
        String optionalNote = requiredNote != null ? requiredNote : com.vaadin.flow.i18n.I18NProvider.translate("answer.optional");
        field.setHelperText(input.optional() ? input.help() + " " + optionalNote : input.help());
        field.setRequiredIndicatorVisible(!input.optional());
        field.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        field.setMaxLength(12);
        field.addClassName("kl-number-field");
        return new AnswerField(key, null, field);
    }

    static AnswerField forFlag(SafetyFlag flag) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(Answers.NO, com.vaadin.flow.i18n.I18NProvider.translate("answer.no"));
        options.put(Answers.YES, com.vaadin.flow.i18n.I18NProvider.translate("answer.yes"));
        RadioButtonGroup<String> group = radios(flag.question(), options);
        group.setHelperText(flag.help());
        group.setRequiredIndicatorVisible(true);
        return new AnswerField(AnswerKey.of(flag.id()), group, null);
    }

    private static RadioButtonGroup<String> radios(String label, Map<String, String> options) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
        group.setItems(options.keySet());
        group.setItemLabelGenerator(options::get);
        group.addClassName("kl-answer-radios");
        return group;
    }

    AnswerKey key() {
        return key;
    }

    Component component() {
        return component;
    }

    /** The raw answer, or {@code null} when empty or "don't know". */
    String raw() {
        String value = radios != null ? radios.getValue() : text.getValue();
        return value == null || value.isBlank() || DONT_KNOW.equals(value) ? null : value;
    }

    void setRaw(String raw) {
        if (radios != null) {
            radios.setValue(raw);
        } else {
            text.setValue(raw == null ? "" : raw);
        }
    }

    void showError(String message) {
        HasValidation field = radios != null ? radios : text;
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }
}
