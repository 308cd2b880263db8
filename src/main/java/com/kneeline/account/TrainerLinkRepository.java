package com.kneeline.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerLinkRepository extends JpaRepository<TrainerLink, Long> {

    boolean existsByTrainerIdAndClientIdAndUnlinkedAtIsNull(long trainerId, long clientId);

    Optional<TrainerLink> findByClientIdAndUnlinkedAtIsNull(long clientId);

    Optional<TrainerLink> findByTrainerIdAndClientIdAndUnlinkedAtIsNull(long trainerId, long clientId);

    long countByTrainerIdAndUnlinkedAtIsNull(long trainerId);
}
