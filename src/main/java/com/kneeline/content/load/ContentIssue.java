package com.kneeline.content.load;

import java.util.List;

/**
 * Thrown by a custom deserializer when a value has the right shape but wrong content; carries every issue found in
 * it, each with the key inside the value whose line to blame: null blames the value's first line, and "" also
 * starts the message with the value's label (e.g. "each item of 'when'").
 */
final class ContentIssue extends RuntimeException {

    record Issue(String key, String message) {
    }

    private final transient List<Issue> issues;

    ContentIssue(List<Issue> issues) {
        super(issues.getFirst().message(), null, false, false);
        this.issues = List.copyOf(issues);
    }

    List<Issue> issues() {
        return issues;
    }
}
