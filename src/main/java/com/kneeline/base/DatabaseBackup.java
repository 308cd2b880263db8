package com.kneeline.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An online backup of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent zip of the database while
 * the app keeps serving, so nobody has to stop it and copy files. The zip is private (0600) like the database.
 * Restore: stop the app, unzip the file into an empty data directory, start the app (docs/security.md).
 * PostgreSQL has its own tools (pg_dump); this does nothing there.
 */
@Service
public class DatabaseBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final String url;
    private final Path directory;
    private final Clock clock;

    DatabaseBackup(JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String url,
                   @Value("${kneeline.backup-dir:${kneeline.data-dir:./data}/backups}") String directory, Clock clock) {
        this.jdbc = jdbc;
        this.url = url;
        this.directory = Path.of(directory);
        this.clock = clock;
    }

    public boolean available() {
        return url.startsWith("jdbc:h2:file:");
    }

    /** Writes a backup zip now and returns its path; empty when the database is not an H2 file. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Path> backUpNow() {
        return backUpTo(directory);
    }

    /** For the scheduler and tests: no signed-in admin needed. */
    public Optional<Path> backUpTo(Path target) {
        if (!available()) {
            return Optional.empty();
        }
        DataDirectory.makePrivate(target);
        Path zip = target.resolve("kneeline-" + STAMP.format(clock.instant()) + ".zip").toAbsolutePath();
        jdbc.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        DataDirectory.makePrivate(target);
        return Files.exists(zip) ? Optional.of(zip) : Optional.empty();
    }
}
