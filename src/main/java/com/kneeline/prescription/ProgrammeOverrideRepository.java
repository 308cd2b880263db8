package com.kneeline.prescription;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeOverrideRepository extends JpaRepository<ProgrammeOverride, Long> {

    List<ProgrammeOverride> findByProgrammeIdOrderByMadeAtAsc(long programmeId);
}
