package com.kneeline.outcomes.engine;

import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.OutcomesLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.OutcomesContent;

/** The shipped pack's outcomes, so engine tests run against the real questionnaires and thresholds. */
final class BundledOutcomes {

    static final OutcomesContent OUTCOMES;

    static {
        PackSource source = PackSource.classpath(BundledOutcomes.class.getClassLoader(), "kneeline-content");
        ContentCatalogue catalogue = new ContentPackLoader().load(source);
        OUTCOMES = new OutcomesLoader().load(source, catalogue);
    }

    private BundledOutcomes() {
    }
}
