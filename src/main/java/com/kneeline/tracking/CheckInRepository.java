package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByOwnerIdOrderByCheckDateAsc(long ownerId);

    boolean existsByOwnerIdAndCheckDateAfter(long ownerId, LocalDate date);

    boolean existsByOwnerIdAndCheckDate(long ownerId, LocalDate date);
}
