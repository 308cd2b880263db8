package com.kneeline.trainer;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeTemplateRepository extends JpaRepository<ProgrammeTemplate, Long> {

    Page<ProgrammeTemplate> findByTrainerId(long trainerId, Pageable pageable);

    long countByTrainerId(long trainerId);

    Optional<ProgrammeTemplate> findByIdAndTrainerId(long id, long trainerId);
}
