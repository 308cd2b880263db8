package org.example.skeleton;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bare Vaadin + Spring Boot + Spring Security application KneeLine is measured against. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class SkeletonApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SkeletonApplication.class, args);
    }
}
