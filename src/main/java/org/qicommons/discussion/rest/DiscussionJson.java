package org.qicommons.discussion.rest;

import java.time.Instant;
import java.util.List;
import org.qicommons.api.MemberRef;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.PostRevision;
import org.qicommons.discussion.PostView;
import org.qicommons.discussion.ThreadView;

/** The JSON shapes of discussions and posts. */
public final class DiscussionJson {
    private DiscussionJson() {}

    public record GroupRef(String slug, String name) {
        /** The discussion's group; null for an update on a project. */
        static GroupRef of(Discussion d) {
            return d.getGroup() == null
                    ? null
                    : new GroupRef(d.getGroup().getSlug(), d.getGroup().getName());
        }
    }

    /** The project a discussion is an update on. */
    public record ProjectRef(Long id, String title, String url) {
        static ProjectRef of(Discussion d, String title) {
            return d.isOnProject()
                    ? new ProjectRef(d.getProjectId(), title, "/api/projects/" + d.getProjectId())
                    : null;
        }
    }

    /** A post; {@code body} and {@code html} are null when deleted or hidden from this caller. */
    public record PostJson(
            Long id,
            Long discussionId,
            Long replyTo,
            int depth,
            MemberRef author,
            String body,
            String html,
            Instant createdAt,
            Instant editedAt,
            boolean deleted,
            boolean hidden,
            String url) {
        static PostJson of(PostView view) {
            return new PostJson(
                    view.id(),
                    view.discussionId(),
                    view.replyToId(),
                    view.depth(),
                    view.deleted() ? null : MemberRef.of(view.author()),
                    view.body(),
                    view.html(),
                    view.createdAt(),
                    view.editedAt(),
                    view.deleted(),
                    view.hidden(),
                    "/p/" + view.id());
        }
    }

    /** A private conversation, named as the caller sees it ("Conversation with …"). */
    public record ConversationRef(Long id, String name) {
        static ConversationRef of(Discussion d, String name) {
            return d.isPrivate() ? new ConversationRef(d.getConversationId(), name) : null;
        }
    }

    /**
     * {@code group} for a discussion in a group, {@code project} for an update on a project, {@code
     * conversation} for a private conversation.
     */
    public record ThreadJson(
            Long id,
            GroupRef group,
            ProjectRef project,
            ConversationRef conversation,
            String title,
            MemberRef author,
            Instant createdAt,
            Instant lastActivityAt,
            int replyCount,
            boolean locked,
            List<PostJson> posts,
            String nextCursor) {
        public static ThreadJson of(ThreadView thread) {
            Discussion d = thread.discussion();
            return new ThreadJson(
                    d.getId(),
                    GroupRef.of(d),
                    ProjectRef.of(d, thread.access().placeName()),
                    ConversationRef.of(d, thread.access().placeName()),
                    d.getTitle(),
                    MemberRef.of(d.getAuthor()),
                    d.getCreatedAt(),
                    d.getLastActivityAt(),
                    d.getReplyCount(),
                    d.isLocked(),
                    thread.posts().stream().map(PostJson::of).toList(),
                    thread.nextCursor());
        }
    }

    public record ActivityItemJson(
            Long id,
            GroupRef group,
            ProjectRef project,
            ConversationRef conversation,
            String title,
            MemberRef author,
            Instant createdAt,
            Instant lastActivityAt,
            int replyCount,
            PostJson opening) {
        static ActivityItemJson of(ActivityItem item) {
            Discussion d = item.discussion();
            return new ActivityItemJson(
                    d.getId(),
                    GroupRef.of(d),
                    ProjectRef.of(d, item.placeName()),
                    ConversationRef.of(d, item.placeName()),
                    d.getTitle(),
                    MemberRef.of(d.getAuthor()),
                    d.getCreatedAt(),
                    d.getLastActivityAt(),
                    d.getReplyCount(),
                    PostJson.of(item.opening()));
        }
    }

    public record ActivityPageJson(List<ActivityItemJson> items, String nextCursor) {
        public static ActivityPageJson of(ActivityPage page) {
            return new ActivityPageJson(
                    page.items().stream().map(ActivityItemJson::of).toList(), page.nextCursor());
        }
    }

    public record RevisionJson(MemberRef editor, Instant writtenAt, Instant replacedAt, String body) {
        static RevisionJson of(PostRevision revision) {
            return new RevisionJson(
                    MemberRef.of(revision.getEditor()),
                    revision.getWrittenAt(),
                    revision.getReplacedAt(),
                    revision.getBody());
        }
    }

    public record HistoryJson(PostJson current, List<RevisionJson> revisions) {}
}
