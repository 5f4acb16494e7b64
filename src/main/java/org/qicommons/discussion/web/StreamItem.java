package org.qicommons.discussion.web;

import java.util.List;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.PostView;

/**
 * An activity item as a stream shows it: the first {@link #SHOWN} replies open, the rest of the loaded
 * ones folded away behind "Show N more replies", and a link for the ones not loaded at all.
 */
public record StreamItem(ActivityItem item, List<PostView> shown, List<PostView> folded) {
    static final int SHOWN = 3;

    static StreamItem of(ActivityItem item) {
        List<PostView> replies = item.replies();
        int split = Math.min(SHOWN, replies.size());
        return new StreamItem(
                item, List.copyOf(replies.subList(0, split)), List.copyOf(replies.subList(split, replies.size())));
    }

    /** Every reply, loaded or not, for "Read all N replies". */
    public int totalReplies() {
        return item.discussion().getReplyCount();
    }
}
