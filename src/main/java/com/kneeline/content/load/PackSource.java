package com.kneeline.content.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a pack's files come from: the classpath (bundled pack, also inside a jar) or a clinic's directory. */
public interface PackSource {

    /** For messages, e.g. "classpath:kneeline-content/" or the directory path. */
    String describe();

    /** The raw bytes of a file relative to the pack root, or empty if there is no such file. */
    Optional<byte[]> read(String relativePath) throws IOException;

    static PackSource classpath(ClassLoader loader, String root) {
        String prefix = root.endsWith("/") ? root : root + "/";
        return new PackSource() {
            public String describe() {
                return "classpath:" + prefix;
            }

            public Optional<byte[]> read(String relativePath) throws IOException {
                try (InputStream in = loader.getResourceAsStream(prefix + relativePath)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                }
            }
        };
    }

    static PackSource directory(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        return new PackSource() {
            public String describe() {
                return root.toString();
            }

            public Optional<byte[]> read(String relativePath) throws IOException {
                Path file = root.resolve(relativePath).normalize();
                // A manifest must not reach outside its own pack.
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(file));
            }
        };
    }

    /** Strict UTF-8 decoding: a file saved in another encoding is reported instead of silently garbled. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
