package com.kneeline.content.load;

/** One thing wrong with a content pack, located as file (relative to the pack root) and 1-based line. */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
