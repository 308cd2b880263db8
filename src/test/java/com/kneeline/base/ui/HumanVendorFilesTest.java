package com.kneeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pose model and library under {@code frontend/vendor/human-3.3.6} are third-party files committed as published
 * on npm ({@code npm pack @vladmandic/human@3.3.6}). Their SHA-256 hashes are pinned here and in the folder's
 * VERSION.md, so an edited, truncated or swapped file fails the build instead of running in someone's browser.
 */
class HumanVendorFilesTest {

    private static final Path ROOT = Path.of("frontend", "vendor", "human-3.3.6");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dist/human.esm.js, e7c85047fb9492bd983b43d5217b54e9fb44393966f4c5db7c7ced1fdaf1fd9e",
            "models/movenet-lightning.json, df8cbde44d00f533ccc4916a7c6ebc17316532fb3fadad114ec667fef22872e9",
            "models/movenet-lightning.bin, bf97bc10d9c8a11200b0190ed64ce039b6252f1aff7cb552aca99b3d191c2f34",
            "LICENSE, 9a3442b79acaf4fbc7c2e07b7e2d8f84af9bb3871bf08a69d80304ab00640e9a"})
    void theVendoredFileIsExactlyThePublishedOne(String file, String sha256) throws Exception {
        byte[] bytes = Files.readAllBytes(ROOT.resolve(file));

        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(actual).as(file).isEqualTo(sha256);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"LICENSE, MIT License", "VERSION.md, 3.3.6"})
    void theLicenceAndVersionTravelWithTheFiles(String file, String text) throws Exception {
        assertThat(Files.readString(ROOT.resolve(file))).contains(text);
    }
}
