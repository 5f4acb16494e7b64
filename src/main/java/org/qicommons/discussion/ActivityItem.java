package org.qicommons.discussion;

import java.util.List;

/**
 * A discussion in an activity stream: its opening update and its latest replies in the order they
 * were written (up to {@link DiscussionService#STREAM_REPLIES}, deleted ones left out);
 * {@code moreReplies} counts the replies not shown; {@code placeName} names its group or project.
 */
public record ActivityItem(
        Discussion discussion, PostView opening, List<PostView> replies, int moreReplies, String placeName) {}
