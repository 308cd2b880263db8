package com.kneeline.content.load;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Test packs under src/test/resources/content-fixtures. A broken fixture holds only the files it changes; every
 * other file comes from valid-minimal, so each fixture shows exactly one kind of error.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/content-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PackSource pack(String name) {
        PackSource broken = PackSource.directory(dir(name));
        PackSource valid = PackSource.directory(dir("valid-minimal"));
        return new PackSource() {
            public String describe() {
                return name;
            }

            public Optional<byte[]> read(String relativePath) throws IOException {
                Optional<byte[]> own = broken.read(relativePath);
                return own.isPresent() ? own : valid.read(relativePath);
            }
        };
    }

    static List<String> problems(String name) {
        return new ContentPackLoader().check(pack(name)).problems().stream().map(Problem::toString).toList();
    }
}
