package com.kneeline.tracking;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReassessmentScheduleRepository extends JpaRepository<ReassessmentSchedule, Long> {

    Optional<ReassessmentSchedule> findByOwnerId(long ownerId);
}
