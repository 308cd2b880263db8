package com.kneeline.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import com.kneeline.content.load.ContentPackException;

/** Turns an invalid content pack into a readable start-up failure listing every problem instead of a stack trace. */
public class ContentPackFailureAnalyzer extends AbstractFailureAnalyzer<ContentPackException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentPackException cause) {
        String description = "The KneeLine content pack at " + cause.source() + " is invalid ("
                + cause.problems().size() + " problem(s)):\n\n" + ContentPackException.format(cause.problems());
        String action = "Fix each problem at the file and line shown (paths are relative to the pack root; the schema"
                + " is documented in content/README.md), then restart. To fall back to the bundled pack, unset"
                + " kneeline.content.dir / KNEELINE_CONTENT_DIR.";
        return new FailureAnalysis(description, action, cause);
    }
}
