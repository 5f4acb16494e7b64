package org.qicommons.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A personal access token for the API. Only its SHA-256 hash is kept; the token is shown once. */
@Entity
@Table(name = "access_token")
public class AccessToken {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_token_seq")
    @SequenceGenerator(name = "access_token_seq", sequenceName = "access_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    /** What the member called it ("Power BI refresh"), or null. */
    private String name;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected AccessToken() {}

    public AccessToken(Long memberId, String tokenHash, String name, Instant createdAt, Instant expiresAt) {
        this.memberId = memberId;
        this.tokenHash = tokenHash;
        this.name = name;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Notes a use; at most once an hour, so that using a token is not a write on every request. */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(Duration.ofHours(1)))) {
            lastUsedAt = now;
        }
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
