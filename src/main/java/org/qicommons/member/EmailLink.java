package org.qicommons.member;

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

/** A link e-mailed to a member: the hash of its secret, good once, until it expires. */
@Entity
@Table(name = "email_link")
public class EmailLink {
    /** What following the link does. */
    public enum Purpose {
        PASSWORD_RESET,
        CONFIRM_EMAIL,
        /** Makes {@link #getNewEmail()} the member's address: sent to that address, to prove it is theirs. */
        CHANGE_EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_link_seq")
    @SequenceGenerator(name = "email_link_seq", sequenceName = "email_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "new_email")
    private String newEmail;

    protected EmailLink() {}

    public EmailLink(Long memberId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this(memberId, purpose, tokenHash, createdAt, expiresAt, null);
    }

    /** {@code newEmail}: the address a CHANGE_EMAIL link confirms; null for the other purposes. */
    public EmailLink(
            Long memberId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt, String newEmail) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.newEmail = newEmail;
    }

    public boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
