package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Programme generation throughput on one thread, over a fixed set of 100 varied requests (the seeded generator of
 * the invariants test: any findings, sides, equipment, time, pain, caving and the odd red flag). One operation is
 * one programme. Run with {@code ./mvnw -Pjmh test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class PrescriptionBenchmark {

    static final int REQUESTS = 100;

    private PrescriptionEngine engine;
    private List<PrescriptionRequest> requests;

    @Setup
    public void setUp() {
        engine = new PrescriptionEngine(Rx.CATALOGUE);
        RandomRequests random = new RandomRequests(Rx.CATALOGUE, 42L);
        requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(random.next());
        }
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void prescribe(Blackhole bh) {
        for (int i = 0; i < REQUESTS; i++) {
            bh.consume(engine.prescribe(requests.get(i)));
        }
    }
}
