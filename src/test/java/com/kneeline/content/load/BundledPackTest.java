package com.kneeline.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundledPackTest {

    @Test
    void bundledPackLoadsWithZeroProblems() {
        long start = System.nanoTime();
        ContentPackLoader.Result result = new ContentPackLoader()
                .check(PackSource.classpath(getClass().getClassLoader(), "kneeline-content"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.problems()).map(Problem::toString).isEmpty();
        assertThat(result.catalogue()).isNotNull();
        System.out.println("bundled pack loaded in " + ms + " ms");
    }
}
