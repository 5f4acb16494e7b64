package org.qicommons.notification;

import java.time.Instant;
import org.qicommons.member.Member;

/**
 * A notification as its recipient may see it now: made when it is shown, from what they may read.
 *
 * @param sentence what happened, in words ("Priya Raman replied to your post in …")
 * @param snippet the start of the post, or null
 * @param url the exact post (or the page to act on), relative to the site
 */
public record NotificationView(
        long id, Reason reason, Member actor, String sentence, String snippet, String url, Instant at, boolean read) {}
