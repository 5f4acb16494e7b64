package org.qicommons.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's choices about e-mail, and the secret that lets them stop it from the e-mail itself.
 * Members without a row have the defaults.
 */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting {
    /** An e-mail for each reply to the member, unless they say otherwise. */
    public static final boolean DEFAULT_EMAIL_REPLIES = true;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "email_replies")
    private boolean emailReplies;

    @Column(name = "unsubscribe_key")
    private String unsubscribeKey;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The secret in the member's private feed addresses; null until they first ask for one. */
    @Column(name = "feed_key")
    private String feedKey;

    protected NotificationSetting() {}

    public NotificationSetting(long memberId, String unsubscribeKey, Instant at) {
        this.memberId = memberId;
        this.emailReplies = DEFAULT_EMAIL_REPLIES;
        this.unsubscribeKey = unsubscribeKey;
        this.updatedAt = at;
    }

    public void emailReplies(boolean on, Instant at) {
        this.emailReplies = on;
        this.updatedAt = at;
    }

    public void newFeedKey(String key, Instant at) {
        this.feedKey = key;
        this.updatedAt = at;
    }

    public String getFeedKey() {
        return feedKey;
    }

    public Long getMemberId() {
        return memberId;
    }

    public boolean isEmailReplies() {
        return emailReplies;
    }

    public String getUnsubscribeKey() {
        return unsubscribeKey;
    }
}
