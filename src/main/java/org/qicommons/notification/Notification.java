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

/**
 * That something happened which a member should hear about: ids only, never a copy of a title or a
 * text, so that what is shown is read (and permission checked) when it is shown.
 */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_id")
    private long recipientId;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    /** The change-log entry it was made from: one notification per entry and recipient. */
    @Column(name = "change_seq")
    private long changeSeq;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "discussion_id")
    private Long discussionId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    private Notification(long recipientId, Reason reason, long changeSeq, Long actorId, Instant createdAt) {
        this.recipientId = recipientId;
        this.reason = reason;
        this.changeSeq = changeSeq;
        this.actorId = actorId;
        this.createdAt = createdAt;
    }

    /** About a post (a reply, or a discussion's opening update). */
    public static Notification aboutPost(
            long recipientId, Reason reason, long changeSeq, long actorId, long postId, long discussionId, Instant at) {
        Notification notification = new Notification(recipientId, reason, changeSeq, actorId, at);
        notification.postId = postId;
        notification.discussionId = discussionId;
        return notification;
    }

    /** About a group (a request to join it). */
    public static Notification aboutGroup(
            long recipientId, Reason reason, long changeSeq, long actorId, long groupId, Instant at) {
        Notification notification = new Notification(recipientId, reason, changeSeq, actorId, at);
        notification.groupId = groupId;
        return notification;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Reason getReason() {
        return reason;
    }

    public long getChangeSeq() {
        return changeSeq;
    }

    public Long getActorId() {
        return actorId;
    }

    public Long getPostId() {
        return postId;
    }

    public Long getDiscussionId() {
        return discussionId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
