package com.kneeline.prescription;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeRepository extends JpaRepository<PrescribedProgramme, Long> {

    Optional<PrescribedProgramme> findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(long ownerId);

    Optional<PrescribedProgramme> findFirstByOwnerIdOrderByVersionNumberDesc(long ownerId);

    Optional<PrescribedProgramme> findByIdAndOwnerId(long id, long ownerId);

    List<PrescribedProgramme> findByOwnerIdOrderByVersionNumberDesc(long ownerId);

    /** The current programmes of those among {@code ownerIds} whom the trainer signed in as {@code email} coaches now. */
    @Query("""
            SELECT p FROM PrescribedProgramme p, TrainerLink l, Account t
            WHERE t.email = :email AND l.trainerId = t.id AND l.clientId = p.ownerId AND l.unlinkedAt IS NULL
              AND p.supersededAt IS NULL AND p.ownerId IN :ownerIds""")
    List<PrescribedProgramme> findCurrentOfClients(@Param("email") String email,
                                                   @Param("ownerIds") Collection<Long> ownerIds);
}
