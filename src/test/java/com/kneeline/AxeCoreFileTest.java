package com.kneeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The axe-core copy the browser tests inject is the published npm file, byte for byte, and keeps its licence. */
class AxeCoreFileTest {

    @Test
    void theInjectedAxeCoreIsTheNpmPackagesFileWithItsLicence() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(Accessibility.AXE)) {
            assertThat(in).isNotNull();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(sha256).isEqualTo("29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c");
        }
        assertThat(getClass().getResource("/axe-core-4.14.1/LICENSE")).isNotNull();
    }
}
