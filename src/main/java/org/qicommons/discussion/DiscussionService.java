package org.qicommons.discussion;

import java.util.List;
import org.qicommons.access.ConversationAccess;
import org.qicommons.member.Viewer;

/**
 * Use cases for discussions and posts. Anything the viewer may not read is reported as not found;
 * writing without permission is forbidden.
 */
public interface DiscussionService {
    int MAX_TITLE = 300;
    int MAX_BODY = 50_000;
    int MAX_PAGE_SIZE = 100;
    /** The latest replies shown with each discussion in an activity stream (as the Q community does). */
    int STREAM_REPLIES = 3;

    Discussion startDiscussion(Viewer viewer, String groupSlug, String title, String body);

    /** Posts an update on a project (its team may): a discussion in the project's update stream. */
    Discussion startProjectUpdate(Viewer viewer, long projectId, String title, String body);

    /** A project's update stream, most recently active first, as {@link #groupActivity}. */
    ActivityPage projectUpdates(Viewer viewer, long projectId, String cursor, int size);

    /**
     * Starts the thread of a private conversation the viewer takes part in (the message service does,
     * as it makes the conversation).
     */
    Discussion startPrivateThread(Viewer viewer, long conversationId, String title, String body);

    /** The private conversations the viewer takes part in, most recently active first. */
    ActivityPage privateConversations(Viewer viewer, String cursor, int size);

    /** The viewer's access to the discussion's place; NotFoundException ("Discussion") when unreadable. */
    ConversationAccess placeAccess(Viewer viewer, Discussion discussion);

    /** Replies to {@code replyToId}, or to the opening update when it is null. */
    Post reply(Viewer viewer, long discussionId, Long replyToId, String body);

    /** As {@link #reply}, answering with the new post as its author sees it (one transaction, not two). */
    PostView replyAndShow(Viewer viewer, long discussionId, Long replyToId, String body);

    /** The author changes the text (and, on an opening post, the title when not null). */
    Post editPost(Viewer viewer, long postId, String body, String title);

    void deletePost(Viewer viewer, long postId);

    ThreadView readThread(Viewer viewer, long discussionId, String after, int size);

    ActivityPage groupActivity(Viewer viewer, String groupSlug, String cursor, int size);

    /** Recent discussions across every group the viewer may read. */
    ActivityPage recentActivity(Viewer viewer, String cursor, int size);

    PostHistory postHistory(Viewer viewer, long postId);

    /**
     * The discussions an organisation's members started most recently, in groups the viewer may read
     * (the organisation's recent activity, as its page shows it).
     */
    List<Discussion> recentDiscussionsByOrganisation(Viewer viewer, long organisationId, int limit);

    /** The post if the viewer may read it (for permalinks). */
    PostView findPost(Viewer viewer, long postId);

    /**
     * The posts among these whose text the viewer may read now, by id; the others (missing, deleted,
     * hidden, in a place the viewer cannot read) are left out. A handful of queries whatever the count.
     */
    java.util.Map<Long, PostInPlace> readablePosts(Viewer viewer, java.util.Collection<Long> postIds);

    /** The discussion's opening update, if the viewer may read the discussion. */
    PostView findOpeningPost(Viewer viewer, long discussionId);
}
