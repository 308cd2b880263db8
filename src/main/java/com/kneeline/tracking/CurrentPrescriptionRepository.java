package com.kneeline.tracking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurrentPrescriptionRepository extends JpaRepository<CurrentPrescription, Long> {

    List<CurrentPrescription> findByProgrammeIdAndOwnerId(long programmeId, long ownerId);
}
