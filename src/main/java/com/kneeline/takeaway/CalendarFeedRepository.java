package com.kneeline.takeaway;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByPersonId(long personId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
