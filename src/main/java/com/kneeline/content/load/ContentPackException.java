package com.kneeline.content.load;

import java.util.List;

/** The content pack is invalid; carries every problem found, so one start-up attempt shows them all. */
public class ContentPackException extends RuntimeException {

    private final String source;
    private final List<Problem> problems;

    public ContentPackException(String source, List<Problem> problems) {
        super("Content pack " + source + " has " + problems.size() + " problem(s):\n" + format(problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    public static String format(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append("  ").append(p).append('\n');
        }
        return sb.toString();
    }
}
