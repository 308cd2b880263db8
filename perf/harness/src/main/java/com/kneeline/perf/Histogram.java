package com.kneeline.perf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed {@code jcmd GC.class_histogram}: instances and bytes per class, and the total of live bytes. */
record Histogram(Map<String, long[]> classes, long totalBytes, String raw) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    static Histogram parse(String text) {
        Map<String, long[]> classes = new HashMap<>();
        long total = -1;
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                continue;
            }
            Matcher sum = TOTAL.matcher(line);
            if (sum.find()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("not a class histogram: " + text.substring(0, Math.min(300, text.length())));
        }
        return new Histogram(classes, total, text);
    }

    /** One class's growth from {@code before} to this histogram, per session. */
    record Delta(String className, double instancesPerSession, double bytesPerSession) {
    }

    /** The classes that grew most from {@code before}, by bytes, divided by the number of sessions opened. */
    List<Delta> growthSince(Histogram before, int sessions, int top) {
        List<Delta> deltas = new ArrayList<>();
        classes.forEach((name, now) -> {
            long[] then = before.classes.getOrDefault(name, new long[2]);
            deltas.add(new Delta(name, (now[0] - then[0]) / (double) sessions, (now[1] - then[1]) / (double) sessions));
        });
        deltas.sort(Comparator.comparingDouble(Delta::bytesPerSession).reversed());
        return deltas.subList(0, Math.min(top, deltas.size()));
    }
}
