package com.kneeline.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerInviteRepository extends JpaRepository<TrainerInvite, Long> {

    Optional<TrainerInvite> findByCode(String code);

    boolean existsByCode(String code);
}
