package com.kneeline.trainer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerNoteRepository extends JpaRepository<TrainerNote, Long> {

    Page<TrainerNote> findByTrainerIdAndClientIdOrderByWrittenAtDesc(long trainerId, long clientId, Pageable pageable);

    long countByTrainerIdAndClientId(long trainerId, long clientId);
}
