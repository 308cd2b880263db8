package com.kneeline.prescription;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<PrescribedProgramme, Long> {

    Optional<PrescribedProgramme> findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(long ownerId);

    Optional<PrescribedProgramme> findFirstByOwnerIdOrderByVersionNumberDesc(long ownerId);

    Optional<PrescribedProgramme> findByIdAndOwnerId(long id, long ownerId);

    List<PrescribedProgramme> findByOwnerIdOrderByVersionNumberDesc(long ownerId);
}
