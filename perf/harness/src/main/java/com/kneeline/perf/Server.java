package com.kneeline.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One production jar running as its own process: started, waited for until Spring logs "Started", and read from
 * outside through /proc and jcmd (so the measuring never runs inside the measured JVM).
 */
final class Server implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    final String name;
    final int port;
    private final Process process;
    private final Path log;
    private final long launchedNanos;
    /** Wall time from launching the JVM to Spring's "Started" line. */
    Duration startup;
    /** Spring's own figure in the "Started ... in X seconds" line. */
    double springSeconds;

    private Server(String name, int port, Process process, Path log, long launchedNanos) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.launchedNanos = launchedNanos;
    }

    static Server start(String name, Path jar, int port, Path log, List<String> jvmArgs, List<String> appArgs,
                        java.util.Map<String, String> env) throws IOException, InterruptedException {
        return start(name, jar, port, log, jvmArgs, appArgs, env, null);
    }

    /** @param ready a line the app logs once it is ready for the measuring (after "Started"), or null */
    static Server start(String name, Path jar, int port, Path log, List<String> jvmArgs, List<String> appArgs,
                        java.util.Map<String, String> env, String ready) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(appArgs);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long launched = System.nanoTime();
        Server server = new Server(name, port, builder.start(), log, launched);
        // Never leave a server behind, whatever stops the harness.
        Thread stop = new Thread(server.process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            server.awaitStarted(Duration.ofMinutes(40));
            if (ready != null) {
                server.awaitLine(ready, Duration.ofMinutes(40));
            }
        } catch (RuntimeException | InterruptedException e) {
            server.process.destroyForcibly();
            throw e;
        }
        return server;
    }

    private void awaitStarted(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher started = STARTED.matcher(text);
            if (started.find()) {
                startup = Duration.ofNanos(System.nanoTime() - launchedNanos);
                springSeconds = Double.parseDouble(started.group(1));
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped before it started; see " + log);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " did not start within " + limit + "; see " + log);
    }

    private void awaitLine(String line, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped; see " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not log '" + line + "' within " + limit + "; see " + log);
    }

    /** The text the process has logged so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size, in KB, from /proc. */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid());
    }

    /** User plus system CPU time of every thread of the process so far. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    /**
     * A class histogram of the live objects ({@code jcmd GC.class_histogram} runs a full GC first, so this is what
     * is retained, not what happens to be on the heap).
     */
    Histogram histogram() throws IOException, InterruptedException {
        return Histogram.parse(jcmd("GC.class_histogram"));
    }

    String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(String.valueOf(pid()));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        byte[] out = jcmd.getInputStream().readAllBytes();
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + line + " failed: " + new String(out));
        }
        return new String(out);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring's graceful shutdown
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
