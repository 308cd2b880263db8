package com.kneeline.content.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.kneeline.content.load.PackSource;
import com.kneeline.content.load.Problem;

/**
 * A pack seen in another language: each file read through it has the words of its overlay,
 * {@code <language>/<same path>} in the same pack (for example {@code de/exercises/strength.yaml}). A file without
 * an overlay keeps its original words; {@link #untranslated()} lists those. Problems in overlays are collected in
 * {@link #problems()}, located in the overlay file, for the caller to report with the pack's own.
 */
public final class TranslatedPackSource implements PackSource {

    private final PackSource original;
    private final Locale locale;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> pairs = new LinkedHashMap<>();
    private final java.util.Set<String> untranslated = new java.util.LinkedHashSet<>();

    public TranslatedPackSource(PackSource original, Locale locale) {
        this.original = original;
        this.locale = locale;
    }

    @Override
    public String describe() {
        return original.describe() + " (" + locale.getLanguage() + " overlay)";
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        Optional<byte[]> file = original.read(relativePath);
        if (file.isEmpty() || !relativePath.endsWith(".yaml") || relativePath.equals("pack.yaml")) {
            return file;
        }
        String overlayPath = locale.getLanguage() + "/" + relativePath;
        Optional<byte[]> overlay = original.read(overlayPath);
        if (overlay.isEmpty()) {
            untranslated.add(relativePath);
            return file;
        }
        String merged = OverlayMerge.merge(PackSource.decode(file.get()), relativePath,
                PackSource.decode(overlay.get()), overlayPath, problems, pairs);
        return Optional.of(merged.getBytes(StandardCharsets.UTF_8));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Original text to translated text, for words a record stored in the original language. */
    public Map<String, String> pairs() {
        return Map.copyOf(pairs);
    }

    /** Pack files read without an overlay (their words stay in the original language). */
    public List<String> untranslated() {
        return List.copyOf(untranslated);
    }
}
