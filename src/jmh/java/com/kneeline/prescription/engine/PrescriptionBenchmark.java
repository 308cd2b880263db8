package com.kneeline.prescription.engine;

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
 * Programme generation throughput on one thread, over a fixed set of 100 varied requests, drawn with a fixed seed
 * from the property tests' generators: half whole random assessments, half any combination of findings, with any
 * equipment, week, pain, caving and the odd red flag. One operation is
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
        requests = new RequestGenerators(Rx.CATALOGUE).sample(REQUESTS, 42L);
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void prescribe(Blackhole bh) {
        for (int i = 0; i < REQUESTS; i++) {
            bh.consume(engine.prescribe(requests.get(i)));
        }
    }
}
