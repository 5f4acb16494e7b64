package org.qicommons.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One message in the outbox, until it has been delivered or given up on. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {
    /** After this many failed attempts (about a day and a half of back-off) a message is given up. */
    public static final int MAX_ATTEMPTS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    private String recipient;
    private String subject;
    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    /** Where one POST stops this kind of e-mail (RFC 8058), or null for mail one cannot opt out of. */
    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    protected OutgoingMail() {}

    public OutgoingMail(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** A message the recipient can stop with one click at {@code unsubscribeUrl}. */
    public OutgoingMail(String recipient, String subject, String body, String unsubscribeUrl, Instant createdAt) {
        this(recipient, subject, body, createdAt);
        this.unsubscribeUrl = unsubscribeUrl;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public void sent(Instant at) {
        this.sentAt = at;
        this.lastError = null;
    }

    /** Waits 1, 2, 4 … minutes (at most 6 hours) before the next try; none after {@link #MAX_ATTEMPTS}. */
    public void failed(Instant at, String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        long minutes = Math.min(360, 1L << Math.min(attempts - 1, 20));
        nextAttemptAt =
                attempts >= MAX_ATTEMPTS ? Instant.parse("9999-12-31T00:00:00Z") : at.plus(Duration.ofMinutes(minutes));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
