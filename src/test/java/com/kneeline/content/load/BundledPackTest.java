package com.kneeline.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundledPackTest {

    @Test
    void bundledPackLoadsWithZeroProblems() {
        long t0 = System.nanoTime();
        YamlTree.parse("a: 1", "x", new java.util.ArrayList<>());
        System.out.println("first tiny parse " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        long start = System.nanoTime();
        ContentPackLoader.Result result = new ContentPackLoader()
                .check(PackSource.classpath(getClass().getClassLoader(), "kneeline-content"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.problems()).map(Problem::toString).isEmpty();
        assertThat(result.catalogue()).isNotNull();
        System.out.println("bundled pack loaded in " + ms + " ms");
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            new ContentPackLoader().check(PackSource.classpath(getClass().getClassLoader(), "kneeline-content"));
            System.out.println("again " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
        long t = System.nanoTime();
        YamlTree.parse("a: 1", "x", new java.util.ArrayList<>());
        System.out.println("tiny parse " + (System.nanoTime() - t) / 1_000_000 + " ms");
    }
}
