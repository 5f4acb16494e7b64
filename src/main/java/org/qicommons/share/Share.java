package org.qicommons.share;

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
import org.qicommons.access.ItemKind;
import org.qicommons.access.ShareStatus;

/** One request to share one item with one organisation, and what became of it. */
@Entity
@Table(name = "share")
public class Share {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "share_seq")
    @SequenceGenerator(name = "share_seq", sequenceName = "share_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind")
    private ItemKind itemKind;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private ShareStatus status;

    private String reason;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    protected Share() {}

    public Share(ItemKind itemKind, long itemId, long organisationId, String reason, long requestedBy, Instant at) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.organisationId = organisationId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.status = ShareStatus.REQUESTED;
    }

    public void decide(boolean approve, long by, String note, Instant at) {
        requireStatus(ShareStatus.REQUESTED, "only a request waiting for an answer can be approved or declined");
        this.status = approve ? ShareStatus.APPROVED : ShareStatus.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    /** A request not yet answered, or an approved share, can be withdrawn. */
    public void withdraw(long by, String reason, Instant at) {
        if (status != ShareStatus.REQUESTED && status != ShareStatus.APPROVED) {
            throw new IllegalStateException("only a request or an approved share can be withdrawn");
        }
        this.status = ShareStatus.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }

    private void requireStatus(ShareStatus expected, String message) {
        if (status != expected) {
            throw new IllegalStateException(message);
        }
    }

    /** Waiting for an answer, or open to the organisation: a second request for the same would repeat it. */
    public boolean isStanding() {
        return status == ShareStatus.REQUESTED || status == ShareStatus.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public ItemKind getItemKind() {
        return itemKind;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ShareStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Long getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
