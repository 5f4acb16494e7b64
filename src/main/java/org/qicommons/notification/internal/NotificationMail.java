package org.qicommons.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.PostInPlace;
import org.qicommons.mail.Mailer;
import org.qicommons.member.Member;
import org.qicommons.notification.NotificationSetting;
import org.qicommons.notification.Reason;

/**
 * The e-mail a member gets at once for a reply to them or a mention of them: written to the outbox inside the notifier's
 * pass, so it is sent exactly when its notification exists (once, and never for a rolled-back pass),
 * from a post the recipient could read at that moment. Only to a confirmed address, and only while the
 * member wants it; every one says how to stop it, and carries the one-click header (RFC 8058).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationMail {
    /** How much of the reply the e-mail quotes; the rest is a click away. */
    static final int QUOTED = 2000;

    private static final int MAX_SUBJECT = 300;

    @Inject
    Mailer mailer;

    @Inject
    NotificationSettingsBean settings;

    /** A reply to the recipient, or a post that mentions them. */
    void tell(Member recipient, PostInPlace reply, Reason reason) {
        if (!recipient.isEmailConfirmed()) {
            return;
        }
        NotificationSetting setting = settings.of(recipient.getId());
        if (!setting.isEmailReplies()) {
            return;
        }
        String site = mailer.siteAddress();
        Discussion discussion = reply.discussion();
        String who = reply.post().author().getDisplayName();
        String where = discussion.getTitle() != null ? "“" + discussion.getTitle() + "”" : "your update";
        String text = reply.post().body();
        String quoted = text.length() <= QUOTED ? text : text.substring(0, QUOTED) + " …";
        String what = reason == Reason.MENTION ? " mentioned you in " : " replied to your post in ";
        String subject = who + what + where;
        String intro = who + what + where + " (" + reply.placeName() + "):";
        if (reason == Reason.MESSAGE) {
            // a private message: its place is "Conversation with …", which names no one else
            subject = who + " sent you a message on QI Commons";
            intro = who + " wrote to you (" + reply.placeName() + "):";
        }
        String body = intro + "\n\n"
                + quoted + "\n\n"
                + "Read it and reply: " + site + "/p/" + reply.post().id() + "\n\n"
                + "-- \n"
                + "You get this e-mail because someone replied to you, mentioned you or wrote to you on QI Commons."
                + " Replies to this"
                + " e-mail are not read: answer on the site, where the thread is.\n"
                + "Stop e-mails about replies, mentions and messages: " + site + "/notification/unsubscribe.xhtml?key="
                + setting.getUnsubscribeKey() + "\n"
                + "All your notifications and settings: " + site + "/notification/\n";
        mailer.send(
                recipient.getEmail(),
                subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1) + "…",
                body,
                site + "/api/unsubscribe?key=" + setting.getUnsubscribeKey());
    }
}
