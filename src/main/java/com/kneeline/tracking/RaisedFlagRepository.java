package com.kneeline.tracking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RaisedFlagRepository extends JpaRepository<RaisedFlag, Long> {

    List<RaisedFlag> findByOwnerIdOrderByRaisedAtDesc(long ownerId);

    List<RaisedFlag> findByOwnerIdAndAcknowledgedAtIsNullOrderByRaisedAtDesc(long ownerId);

    List<RaisedFlag> findByOwnerIdAndAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc(long ownerId);

    Optional<RaisedFlag> findByIdAndOwnerId(long id, long ownerId);
}
