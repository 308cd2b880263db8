package com.kneeline.prescription;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeOverrideRepository extends JpaRepository<ProgrammeOverride, Long> {

    @Query("select o from ProgrammeOverride o where o.programmeId = :programmeId order by o.made.at asc")
    List<ProgrammeOverride> findByProgrammeIdOrderByMadeAtAsc(long programmeId);
}
