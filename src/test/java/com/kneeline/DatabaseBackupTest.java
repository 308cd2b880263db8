package com.kneeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.base.DatabaseBackup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database on disk is private and has a password, and an online backup taken while the app runs restores into
 * a working database: the documented procedure (docs/security.md), step by step.
 */
class DatabaseBackupTest {

    @Test
    void aBackupTakenWhileRunningRestoresIntoAFreshDirectoryWithEverythingInIt(@TempDir Path root) throws Exception {
        Path dataDir = root.resolve("data");
        Path backups = root.resolve("backups");
        Path backup;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--kneeline.data-dir=" + dataDir, "--kneeline.backup-dir=" + backups,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/kneeline;WRITE_DELAY=0;TRACE_LEVEL_FILE=0",
                "--server.port=0")) {
            app.getBean(AccountService.class).register(
                    new RegistrationForm("backed.up@example.com", "Bea Backup", "keep a copy of me", Role.INDIVIDUAL));
            backup = app.getBean(DatabaseBackup.class).backUpTo(backups).orElseThrow();
            // the app keeps working after the backup
            app.getBean(AccountService.class).register(
                    new RegistrationForm("after@example.com", "Al After", "one more account here", Role.INDIVIDUAL));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        try (var files = Files.list(dataDir)) {
            assertThat(files).allSatisfy(file -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        String password = Files.readString(dataDir.resolve("db-password")).strip();
        assertThat(password).as("a generated password, never empty").hasSizeGreaterThanOrEqualTo(20);

        Path restored = root.resolve("restored");
        Files.createDirectories(restored);
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, restored.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("kneeline"), "sa", password);
             ResultSet rs = db.createStatement().executeQuery("SELECT email FROM account ORDER BY email")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("backed.up@example.com");
            assertThat(rs.next()).as("the account made after the backup is not in it").isFalse();
        }
    }

    @Test
    void aDatabaseMadeWithAnEmptyPasswordStillOpensAndGetsTheConfiguredOne(@TempDir Path dataDir) throws Exception {
        String url = "jdbc:h2:file:" + dataDir + "/kneeline";
        try (Connection legacy = DriverManager.getConnection(url, "sa", "")) {
            assertThat(legacy.isValid(1)).as("an old ./data: the database exists, its password is empty").isTrue();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--kneeline.data-dir=" + dataDir, "--spring.datasource.url=" + url,
                "--spring.datasource.password=now-a-real-one", "--server.port=0")) {
            assertThat(app.isRunning()).isTrue();
        }
        try (Connection upgraded = DriverManager.getConnection(url, "sa", "now-a-real-one")) {
            assertThat(upgraded.createStatement().executeQuery("SELECT COUNT(*) FROM account").next()).isTrue();
        }
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> DriverManager.getConnection(url, "sa", "").close()).getErrorCode()).isEqualTo(28000);
    }
}
