package com.kneeline.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long> {

    Page<AccessLogEntry> findByPersonIdOrderBySeenAtDesc(long personId, Pageable pageable);

    long countByPersonId(long personId);
}
