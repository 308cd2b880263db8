package com.kneeline.assessment.engine;

import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;

/** The bundled content pack (loaded once, without Spring) and an engine over it. */
final class Bundled {

    static final ContentCatalogue CATALOGUE = new ContentPackLoader()
            .load(PackSource.classpath(Bundled.class.getClassLoader(), "kneeline-content"));

    static final FindingsEngine ENGINE = new FindingsEngine(CATALOGUE);

    private Bundled() {
    }
}
