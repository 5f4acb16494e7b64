package org.qicommons.discussion;

import java.util.List;

/**
 * A discussion in an activity stream: its opening update and the first replies in thread order
 * (up to {@link DiscussionService#STREAM_REPLIES}); {@code moreReplies} counts the ones not loaded.
 */
public record ActivityItem(Discussion discussion, PostView opening, List<PostView> replies, int moreReplies) {}
