package com.kneeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged write is lost when the process is killed: the app runs in a child JVM on an H2 file, makes
 * accounts as fast as it can, and is killed with SIGKILL (kill -9) right after its 40th acknowledgement, while it
 * is still writing; this repeats three times on the same database. Every acknowledged account must then be there.
 * <p>
 * H2's default WRITE_DELAY of 500 ms lost acknowledged commits this way (3 of 86 in the audit); the app's URL sets
 * WRITE_DELAY=0 (application.properties), which this test guards.
 */
class DurabilityTest {

    private static final int ACKS_BEFORE_KILL = 40;
    private static final int RUNS = 3;

    @Test
    void noAcknowledgedWriteIsLostOverThreeKillNineRuns(@TempDir Path dataDir) throws Exception {
        List<String> acknowledged = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            acknowledged.addAll(runAndKill(dataDir, "run" + run));
        }
        assertThat(acknowledged).hasSize(RUNS * ACKS_BEFORE_KILL);

        String password = Files.readString(dataDir.resolve("db-password")).strip();
        List<String> lost = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("kneeline"), "sa", password);
             PreparedStatement find = db.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
            for (String email : acknowledged) {
                find.setString(1, email);
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1) {
                        lost.add(email);
                    }
                }
            }
        }
        assertThat(lost).as("acknowledged writes lost after kill -9").isEmpty();
    }

    private static List<String> runAndKill(Path dataDir, String prefix) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                DurabilityChild.class.getName(), dataDir.toString(), prefix)
                .redirectErrorStream(true).start();
        List<String> acknowledged = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKS_BEFORE_KILL && (line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(prefix + "-" + line.substring(4).strip() + "@example.com");
                } else if (output.length() < 20_000) {
                    output.append(line).append('\n');
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no H2 close
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("the child wrote; its output was:\n" + output).hasSize(ACKS_BEFORE_KILL);
        return acknowledged;
    }
}
