package com.kneeline.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server-side time of UIDL round trips from the app's own Micrometer timer {@code http.server.requests}
 * ({@code uri="/vaadin/uidl"}), read from the Actuator's Prometheus endpoint on the management port. The app runs
 * with the timer's histogram buckets on, so percentiles of one phase come from the difference of two scrapes
 * (cumulative bucket counts), free of what the warm-up and earlier phases did.
 */
final class UidlMetrics {

    private static final Pattern BUCKET = Pattern.compile(
            "^http_server_requests_seconds_bucket\\{(.*)\\} ([0-9.eE+-]+)$");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    UidlMetrics(int managementPort) {
        endpoint = URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus");
    }

    /** Cumulative count of UIDL requests at or under each bucket bound (seconds), all outcomes together. */
    Map<Double, Double> scrape() throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(endpoint).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<Double, Double> buckets = new TreeMap<>();
        for (String line : body.split("\n")) {
            Matcher bucket = BUCKET.matcher(line);
            if (bucket.find() && bucket.group(1).contains("uri=\"/vaadin/uidl\"")) {
                Matcher le = LE.matcher(bucket.group(1));
                if (le.find()) {
                    double bound = "+Inf".equals(le.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                    buckets.merge(bound, Double.parseDouble(bucket.group(2)), Double::sum);
                }
            }
        }
        return buckets;
    }

    /** Percentiles (ms) and the count of requests between two scrapes, interpolating inside a bucket. */
    static Latency between(Map<Double, Double> before, Map<Double, Double> after) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        after.forEach((bound, count) -> delta.put(bound, count - before.getOrDefault(bound, 0.0)));
        double total = delta.isEmpty() ? 0 : delta.lastEntry().getValue();
        return new Latency((long) total, quantile(delta, total, 0.50), quantile(delta, total, 0.95),
                quantile(delta, total, 0.99));
    }

    private static double quantile(TreeMap<Double, Double> cumulative, double total, double q) {
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            if (e.getValue() >= rank) {
                if (e.getKey().isInfinite()) {
                    return lowerBound * 1000;
                }
                double width = e.getValue() - lowerCount;
                double within = width <= 0 ? 1 : (rank - lowerCount) / width;
                return (lowerBound + (e.getKey() - lowerBound) * within) * 1000;
            }
            lowerBound = e.getKey();
            lowerCount = e.getValue();
        }
        return lowerBound * 1000;
    }

    record Latency(long requests, double p50, double p95, double p99) {
    }
}
