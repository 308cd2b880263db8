package com.kneeline.trainer;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeTemplateRepository extends JpaRepository<ProgrammeTemplate, Long> {

    Page<ProgrammeTemplate> findByTrainerId(long trainerId, Pageable pageable);

    /** The trainer's templates whose name contains {@code name}, any case: the search pages in the database. */
    Page<ProgrammeTemplate> findByTrainerIdAndNameContainingIgnoreCase(long trainerId, String name, Pageable pageable);

    long countByTrainerId(long trainerId);

    Optional<ProgrammeTemplate> findByIdAndTrainerId(long id, long trainerId);
}
