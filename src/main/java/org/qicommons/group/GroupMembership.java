package org.qicommons.group;

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

/** A member's relation to a group: their role and whether the membership is active yet. */
@Entity
@Table(name = "group_membership")
public class GroupMembership {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_membership_seq")
    @SequenceGenerator(name = "group_membership_seq", sequenceName = "group_membership_seq", allocationSize = 50)
    private Long id;

    @Column(name = "group_id")
    private Long groupId;

    @ManyToOne
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    private GroupRole role;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    protected GroupMembership() {}

    public GroupMembership(Long groupId, Member member, GroupRole role, MembershipStatus status, Instant createdAt) {
        this.groupId = groupId;
        this.member = member;
        this.role = role;
        this.status = status;
        this.createdAt = createdAt;
    }

    public void activate() {
        this.status = MembershipStatus.ACTIVE;
    }

    public void changeRole(GroupRole role) {
        this.role = role;
    }

    /** The role this membership grants now: none until it is active. */
    public GroupRole activeRole() {
        return status == MembershipStatus.ACTIVE ? role : null;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Member getMember() {
        return member;
    }

    public GroupRole getRole() {
        return role;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
