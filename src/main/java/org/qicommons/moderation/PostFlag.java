package org.qicommons.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qicommons.member.Member;

/** A member's flag on a post: open until a moderator upholds it (hides the post) or dismisses it. */
@Entity
@Table(name = "post_flag")
public class PostFlag {
    public enum Resolution {
        UPHELD,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_flag_seq")
    @SequenceGenerator(name = "post_flag_seq", sequenceName = "post_flag_seq", allocationSize = 50)
    private Long id;

    @Column(name = "post_id")
    private long postId;

    @ManyToOne
    @JoinColumn(name = "member_id")
    private Member flagger;

    @Enumerated(EnumType.STRING)
    private FlagReason reason;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by_id")
    private Long resolvedById;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    protected PostFlag() {}

    public PostFlag(long postId, Member flagger, FlagReason reason, String note, Instant createdAt) {
        this.postId = postId;
        this.flagger = flagger;
        this.reason = reason;
        this.note = note;
        this.createdAt = createdAt;
    }

    public void resolve(long moderatorId, Resolution resolution, Instant at) {
        this.resolvedAt = at;
        this.resolvedById = moderatorId;
        this.resolution = resolution;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public Member getFlagger() {
        return flagger;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Resolution getResolution() {
        return resolution;
    }
}
