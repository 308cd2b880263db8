package com.kneeline.outcomes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GlobalRatingRepository extends JpaRepository<GlobalRatingEntry, Long> {
    List<GlobalRatingEntry> findByPersonIdOrderByAnsweredOnAscIdAsc(long personId);
}
