package org.qicommons.moderation;

import java.util.List;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.Post;

/** A flagged post waiting for review, with its open flags (oldest first). */
public record QueueItem(Post post, Discussion discussion, List<PostFlag> flags) {}
