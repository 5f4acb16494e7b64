package org.qicommons.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A member's place on a project's team. */
@Embeddable
public class TeamPlace {
    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private TeamRole role;

    @Column(name = "added_at")
    private Instant addedAt;

    protected TeamPlace() {}

    public TeamPlace(long memberId, TeamRole role, Instant addedAt) {
        this.memberId = memberId;
        this.role = role;
        this.addedAt = addedAt;
    }

    public long memberId() {
        return memberId;
    }

    public TeamRole role() {
        return role;
    }

    public Instant addedAt() {
        return addedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamPlace place && place.memberId == memberId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(memberId);
    }
}
