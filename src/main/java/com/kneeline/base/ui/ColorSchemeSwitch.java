package com.kneeline.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.select.Select;

/**
 * Light, dark, or as the device is set (the default, see {@link AppShell}). The choice is kept in the browser's
 * local storage, so it follows the device rather than the account, as the system setting does.
 */
public class ColorSchemeSwitch extends Select<ColorScheme.Value> {

    static final String LABEL = "Appearance";
    static final String SYSTEM = "As my device";
    static final String LIGHT = "Light";
    static final String DARK = "Dark";
    private static final String STORAGE_KEY = "kl-color-scheme";

    public ColorSchemeSwitch() {
        setLabel(LABEL);
        setItems(ColorScheme.Value.LIGHT_DARK, ColorScheme.Value.LIGHT, ColorScheme.Value.DARK);
        setItemLabelGenerator(value -> switch (value) {
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            default -> SYSTEM;
        });
        setValue(ColorScheme.Value.LIGHT_DARK);
        setId("color-scheme");
        addClassName("kl-color-scheme");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                apply(event.getValue());
                getElement().executeJs("localStorage.setItem($0, $1)", STORAGE_KEY, event.getValue().name());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("return localStorage.getItem($0)", STORAGE_KEY).then(String.class, stored -> {
            try {
                ColorScheme.Value chosen = ColorScheme.Value.valueOf(stored);
                setValue(chosen);
                apply(chosen);
            } catch (IllegalArgumentException | NullPointerException nothingStored) {
                // follow the device
            }
        });
    }

    private void apply(ColorScheme.Value value) {
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(value));
    }
}
