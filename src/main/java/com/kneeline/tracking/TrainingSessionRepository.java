package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    Optional<TrainingSession> findByIdAndOwnerId(long id, long ownerId);

    Optional<TrainingSession> findFirstByOwnerIdOrderBySessionDateDesc(long ownerId);

    Optional<TrainingSession> findByOwnerIdAndSessionDate(long ownerId, LocalDate date);

    List<TrainingSession> findByOwnerIdOrderBySessionDateAsc(long ownerId);

    List<TrainingSession> findByOwnerIdAndSessionDateGreaterThanEqual(long ownerId, LocalDate from);

    Page<TrainingSession> findByOwnerId(long ownerId, Pageable pageable);

    long countByOwnerId(long ownerId);

    /** Sessions since {@code from} of those among {@code ownerIds} whom the trainer signed in as {@code email} coaches now. */
    @Query("""
            SELECT s FROM TrainingSession s, TrainerLink l, Account t
            WHERE t.email = :email AND l.trainerId = t.id AND l.clientId = s.ownerId AND l.unlinkedAt IS NULL
              AND s.ownerId IN :ownerIds AND s.sessionDate >= :from
            ORDER BY s.sessionDate""")
    List<TrainingSession> findRecentOfClients(@Param("email") String email,
                                              @Param("ownerIds") Collection<Long> ownerIds,
                                              @Param("from") LocalDate from);
}
