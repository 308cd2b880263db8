package com.kneeline.assessment;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findFirstByOwnerIdAndStatusOrderByStartedAtDesc(long ownerId, AssessmentStatus status);

    Optional<Assessment> findFirstByOwnerIdAndStatusOrderByFinishedAtDesc(long ownerId, AssessmentStatus status);

    Optional<Assessment> findByIdAndOwnerId(long id, long ownerId);

    Page<Assessment> findByOwnerId(long ownerId, Pageable pageable);

    long countByOwnerId(long ownerId);
}
