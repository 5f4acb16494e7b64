package org.qicommons.notification;

import org.qicommons.member.Viewer;

/** A member's e-mail settings, and stopping e-mail from the e-mail itself. */
public interface NotificationSettingsService {
    /** Whether the member gets an e-mail for each reply to them (the default until they choose). */
    boolean emailReplies(Viewer viewer);

    void setEmailReplies(Viewer viewer, boolean on);

    /**
     * Turns reply e-mail off for the member whose unsubscribe key this is, without signing in (the
     * key is the proof); InvalidInputException on {@code key} when no member has it.
     */
    void unsubscribe(String key);

    /** The secret of the member's private feed addresses, made on first use. */
    String feedKey(Viewer viewer);

    /** Replaces the feed secret: addresses with the old one stop working. */
    String resetFeedKey(Viewer viewer);

    /** The member whose feed key this is; empty for a key that is not (or no longer) anyone's. */
    java.util.Optional<Long> memberOfFeedKey(String key);
}
