package org.qicommons.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An invitation to a group sent to an e-mail address. Whether someone has an account with the
 * address is kept from the inviter: the invitation is listed by the address they typed either way.
 * When a member who has confirmed the address is invited through it (at once, or when they confirm
 * it later), {@code memberId} names them and they hold an ordinary membership invitation; this row
 * then only keeps that invitation listed by address, and ends with it.
 */
@Entity
@Table(name = "group_email_invitation")
public class EmailInvitation {
    /** How long an invitation by address waits to be taken up and answered. */
    public static final Duration LIFE = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_email_invitation_seq")
    @SequenceGenerator(
            name = "group_email_invitation_seq",
            sequenceName = "group_email_invitation_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "group_id")
    private Long groupId;

    private String email;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected EmailInvitation() {}

    public EmailInvitation(Long groupId, String email, Long invitedBy, Instant createdAt) {
        this.groupId = groupId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(LIFE);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Invited again after it lapsed: a new invitation in the same row (one per group and address). */
    public void renew(Long invitedBy, Instant at) {
        this.invitedBy = invitedBy;
        this.createdAt = at;
        this.expiresAt = at.plus(LIFE);
        this.memberId = null;
    }

    /** The member with this confirmed address now holds a membership invitation made through it. */
    public void takenUpBy(Long memberId) {
        this.memberId = memberId;
    }

    /** The member was invited by name as well: that invitation is no longer this one's to list or end. */
    public void release() {
        this.memberId = null;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    /** The member who sent it (or last renewed it). */
    public Long getInvitedBy() {
        return invitedBy;
    }

    public String getEmail() {
        return email;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
