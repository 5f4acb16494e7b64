package org.qicommons.notification.internal;

import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.PostInPlace;
import org.qicommons.group.Group;
import org.qicommons.member.Member;
import org.qicommons.notification.Notification;
import org.qicommons.notification.NotificationView;

/** What a notification says, in plain English, from what its reader may read now. */
final class Sentences {
    private Sentences() {}

    static NotificationView aboutPost(Notification notification, Member actor, PostInPlace post) {
        String who = actor == null ? "Someone" : actor.getDisplayName();
        Discussion discussion = post.discussion();
        String title = discussion.getTitle() != null
                ? "“" + discussion.getTitle() + "”"
                : "an update from " + discussion.getAuthor().getDisplayName();
        String sentence = switch (notification.getReason()) {
            case REPLY_TO_YOU -> who + " replied to your post in " + title;
            case MENTION -> who + " mentioned you in " + title;
            case REPLY_IN_FOLLOWED_DISCUSSION -> who + " replied in " + title;
            case NEW_DISCUSSION_IN_GROUP -> who + " posted an update in " + post.placeName();
            case UPDATE_ON_PROJECT -> who + " posted an update on the project " + post.placeName();
            case POST_BY_FOLLOWED_MEMBER ->
                post.post().post().isOpening()
                        ? who + " posted an update in " + post.placeName()
                        : who + " replied in " + title;
            case MESSAGE ->
                post.post().post().isOpening()
                        ? who + " sent you a message" + (discussion.getTitle() == null ? "" : ": " + title)
                        : who + " replied in your conversation" + (discussion.getTitle() == null ? "" : " " + title);
            case JOIN_REQUEST -> throw new IllegalArgumentException("a join request is about a group");
        };
        return new NotificationView(
                notification.getId(),
                notification.getReason(),
                actor,
                sentence,
                post.post().excerpt(),
                "/p/" + post.post().id(),
                notification.getCreatedAt(),
                notification.isRead());
    }

    static NotificationView aboutGroup(Notification notification, Member actor, Group group) {
        String who = actor == null ? "Someone" : actor.getDisplayName();
        return new NotificationView(
                notification.getId(),
                notification.getReason(),
                actor,
                who + " asked to join " + group.getName(),
                null,
                "/group/members.xhtml?slug=" + group.getSlug() + "#requests",
                notification.getCreatedAt(),
                notification.isRead());
    }
}
