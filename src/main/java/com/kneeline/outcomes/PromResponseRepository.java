package com.kneeline.outcomes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PromResponseRepository extends JpaRepository<PromResponse, Long> {
    List<PromResponse> findByPersonIdOrderByAnsweredOnAscIdAsc(long personId);
}
