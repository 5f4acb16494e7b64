package org.qicommons.audit;

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

/** One line of the audit log. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** Null when the site acted by itself. */
    @ManyToOne
    @JoinColumn(name = "actor_id")
    private Member actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private AuditTarget.Kind targetType;

    @Column(name = "target_id")
    private long targetId;

    @Column(name = "target_label")
    private String targetLabel;

    private String reason;

    private String detail;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt, Member actor, AuditAction action, AuditTarget target, String reason, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = target.kind();
        this.targetId = target.id();
        this.targetLabel = target.label();
        this.reason = reason;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Member getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditTarget target() {
        return new AuditTarget(targetType, targetId, targetLabel);
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
