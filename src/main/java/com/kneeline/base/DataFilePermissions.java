package com.kneeline.base;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * H2 creates a new database's files (and, after an error, its trace file) with the process's umask; they are made
 * 0600 once the app is ready and again when it stops. The directory itself is 0700 throughout, so no other account
 * can open them in between.
 */
@Component
class DataFilePermissions {

    private final String url;

    DataFilePermissions(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @EventListener({ApplicationReadyEvent.class, ContextClosedEvent.class})
    void tightenNewFiles() {
        if (url.startsWith("jdbc:h2:file:")) {
            Path base = Path.of(url.substring("jdbc:h2:file:".length()).split(";", 2)[0]).toAbsolutePath();
            DataDirectory.makePrivate(base.getParent());
        }
    }
}
