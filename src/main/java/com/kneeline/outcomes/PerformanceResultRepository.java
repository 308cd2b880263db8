package com.kneeline.outcomes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PerformanceResultRepository extends JpaRepository<PerformanceResult, Long> {
    List<PerformanceResult> findByPersonIdOrderByTestedOnAscIdAsc(long personId);
}
