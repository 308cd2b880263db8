package com.kneeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Guards the cache-busting version of our own browser files; see {@link WebAssets}. */
class WebAssetsTest {

    static String hashOfFrontendFolder() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Path root = Path.of("frontend");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            // Names count too: renaming a module must also change the version.
            sha.update(root.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    }

    @Test
    void theAssetVersionChangesWheneverAFileInFrontendChanges() throws Exception {
        String expected = hashOfFrontendFolder();
        assertThat(WebAssets.VERSION)
                .as("frontend/ changed: set WebAssets.VERSION to \"%s\" so browsers fetch the new files", expected)
                .isEqualTo(expected);
    }
}
