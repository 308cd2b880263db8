package com.kneeline.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Vaadin 25 applies no theme by default: Lumo, its utility classes and our own stylesheet are declared here. */
/* Light or dark as the device is set; ColorSchemeSwitch lets a person choose. */
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet(WebAssets.STYLESHEET)
@Meta(name = "description", content = "KneeLine: find out why your knees cave in and follow a programme that fixes it.")
@Meta(name = "theme-color", content = "#1f5fa8")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("KneeLine");
    }
}
