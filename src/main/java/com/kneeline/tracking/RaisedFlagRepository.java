package com.kneeline.tracking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RaisedFlagRepository extends JpaRepository<RaisedFlag, Long> {

    List<RaisedFlag> findByOwnerIdOrderByRaisedAtDesc(long ownerId);

    @Query("select f from RaisedFlag f where f.ownerId = :ownerId and f.acknowledged.at is null order by f.raisedAt desc")
    List<RaisedFlag> findByOwnerIdAndAcknowledgedAtIsNullOrderByRaisedAtDesc(long ownerId);

    @Query("select f from RaisedFlag f where f.ownerId = :ownerId and f.acknowledged.at is not null "
            + "order by f.acknowledged.at desc")
    List<RaisedFlag> findByOwnerIdAndAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc(long ownerId);

    Optional<RaisedFlag> findByIdAndOwnerId(long id, long ownerId);
}
