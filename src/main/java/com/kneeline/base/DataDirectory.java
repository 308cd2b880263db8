package com.kneeline.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before the database is opened: the embedded H2 database's directory is private (0700, files 0600) and the
 * database has a password (docs/security.md, "Data at rest").
 * <ul>
 * <li>The password is {@code KNEELINE_DB_PASSWORD} when set. Otherwise KneeLine makes a random one on first start
 * and keeps it in {@code db-password} (0600) beside the database, so a new database never has an empty password.</li>
 * <li>A database made before this (empty password) still opens: KneeLine signs in with the empty password once and
 * sets the new one ({@code ALTER USER ... SET PASSWORD}).</li>
 * <li>An encrypted database ({@code CIPHER=AES} in the URL) needs {@code KNEELINE_DB_PASSWORD} as
 * "{@code <file password> <user password>}"; nothing is generated for it.</li>
 * </ul>
 * Only {@code jdbc:h2:file:} URLs are touched; PostgreSQL and in-memory databases are left alone.
 */
public class DataDirectory implements EnvironmentPostProcessor {

    static final String PASSWORD_FILE = "db-password";
    private static final String PREFIX = "jdbc:h2:file:";
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Log log;

    public DataDirectory(DeferredLogFactory logs) {
        this.log = logs.getLog(DataDirectory.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith(PREFIX)) {
            return;
        }
        Path base = Path.of(url.substring(PREFIX.length()).split(";", 2)[0]).toAbsolutePath();
        Path directory = base.getParent();
        makePrivate(directory);
        String user = environment.getProperty("spring.datasource.username", "sa");
        String password = environment.getProperty("spring.datasource.password", "");
        boolean encrypted = url.toUpperCase(java.util.Locale.ROOT).contains("CIPHER=");
        if (password.isEmpty()) {
            if (encrypted) {
                throw new IllegalStateException("The database URL asks for encryption (CIPHER=AES): set "
                        + "KNEELINE_DB_PASSWORD to \"<file password> <user password>\" (see docs/security.md).");
            }
            password = generatedPassword(directory.resolve(PASSWORD_FILE));
            environment.getPropertySources().addFirst(new MapPropertySource("kneeline-db-password",
                    Map.of("spring.datasource.password", password)));
        }
        if (!encrypted && Files.exists(Path.of(base + ".mv.db"))) {
            upgradeEmptyPassword(url, user, password);
        }
    }

    /** The directory 0700 and the files in it 0600, so other accounts on the machine cannot read the data. */
    public static void makePrivate(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            Files.setPosixFilePermissions(directory, DIRECTORY);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's ACL (the user's profile) is what protects it.
        } catch (IOException e) {
            throw new IllegalStateException("Cannot make the data directory " + directory + " private: " + e.getMessage(), e);
        }
    }

    private String generatedPassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            log.info("KNEELINE_DB_PASSWORD is not set: made a random database password and kept it in " + file
                    + " (readable by this user only).");
            return password;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep the database password in " + file + ": " + e.getMessage(), e);
        }
    }

    /** A database from before passwords: open it with the empty password once and set the real one. */
    private void upgradeEmptyPassword(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException wrongPassword) {
            if (wrongPassword.getErrorCode() != 28000) {
                return; // not a password problem: let the data source report it as usual
            }
        }
        try (Connection legacy = DriverManager.getConnection(url, user, "");
             PreparedStatement alter = legacy.prepareStatement("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT)
                     + "\" SET PASSWORD ?")) {
            alter.setString(1, password);
            alter.execute();
            log.warn("The database had an empty password; it now has the configured (or generated) one.");
        } catch (SQLException stillWrong) {
            // Neither password works: the data source's own error names the problem.
        }
    }
}
