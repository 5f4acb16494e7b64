package org.qicommons.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member follows a discussion, group, project or member at a level. */
@Entity
@Table(name = "follow")
public class Follow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_seq")
    @SequenceGenerator(name = "follow_seq", sequenceName = "follow_seq", allocationSize = 50)
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private FollowTarget target;

    @Column(name = "target_id")
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_level")
    private FollowLevel level;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Follow() {}

    public Follow(long memberId, FollowTarget target, long targetId, FollowLevel level, Instant createdAt) {
        this.memberId = memberId;
        this.target = target;
        this.targetId = targetId;
        this.level = level;
        this.createdAt = createdAt;
    }

    public void change(FollowLevel level) {
        this.level = level;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public FollowTarget getTarget() {
        return target;
    }

    public long getTargetId() {
        return targetId;
    }

    public FollowLevel getLevel() {
        return level;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
