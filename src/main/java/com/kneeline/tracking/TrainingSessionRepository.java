package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    Optional<TrainingSession> findByIdAndOwnerId(long id, long ownerId);

    Optional<TrainingSession> findFirstByOwnerIdOrderBySessionDateDesc(long ownerId);

    Optional<TrainingSession> findByOwnerIdAndSessionDate(long ownerId, LocalDate date);

    List<TrainingSession> findByOwnerIdOrderBySessionDateAsc(long ownerId);

    List<TrainingSession> findByOwnerIdAndSessionDateGreaterThanEqual(long ownerId, LocalDate from);

    Page<TrainingSession> findByOwnerId(long ownerId, Pageable pageable);

    long countByOwnerId(long ownerId);
}
