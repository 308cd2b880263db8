package com.kneeline.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    // Every order by a time also orders by id: two assessments can finish at the same instant (a stopped check-in
    // right after another), and PostgreSQL, unlike H2, returns such ties in any order.

    Optional<Assessment> findFirstByOwnerIdAndStatusOrderByStartedAtDescIdDesc(long ownerId, AssessmentStatus status);

    Optional<Assessment> findFirstByOwnerIdAndStatusOrderByFinishedAtDescIdDesc(long ownerId, AssessmentStatus status);

    Optional<Assessment> findFirstByOwnerIdAndStatusInOrderByFinishedAtDescIdDesc(long ownerId,
                                                                         Collection<AssessmentStatus> statuses);

    Optional<Assessment> findByIdAndOwnerId(long id, long ownerId);

    List<Assessment> findByOwnerIdAndStatusInOrderByFinishedAtAscIdAsc(long ownerId, Collection<AssessmentStatus> statuses);

    /** One query per page, counting findings in SQL rather than loading each assessment's collection. */
    @Query(value = "select new com.kneeline.assessment.AssessmentSummary(a.id, a.status, a.startedAt, a.finishedAt, "
            + "size(a.findings)) from Assessment a where a.ownerId = :ownerId",
            countQuery = "select count(a) from Assessment a where a.ownerId = :ownerId")
    Page<AssessmentSummary> summariesByOwner(@Param("ownerId") long ownerId, Pageable pageable);

    long countByOwnerId(long ownerId);
}
