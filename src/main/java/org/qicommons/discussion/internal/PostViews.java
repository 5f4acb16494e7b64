package org.qicommons.discussion.internal;

import java.util.ArrayList;
import java.util.List;
import org.qicommons.access.ConversationAccess;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.Post;
import org.qicommons.discussion.PostView;

/** Turns posts into what one viewer may see of them. */
final class PostViews {
    private PostViews() {}

    static PostView of(Post post, Discussion discussion, ConversationAccess access) {
        boolean textVisible = !post.isDeleted()
                && (!post.isHidden()
                        || access.canModerate()
                        || access.viewer().is(post.getAuthor().getId()));
        String body = textVisible ? post.getBody() : null;
        return new PostView(
                post,
                body,
                textVisible ? CookedPosts.html(post, body) : null,
                textVisible ? CookedPosts.excerpt(post, body) : null,
                // a locked discussion is frozen: its authors neither edit nor delete (its moderators can)
                !post.isDeleted()
                        && access.canChangeOwnPost(post.getAuthor().getId())
                        && (!discussion.isLocked() || access.canModerate()),
                !post.isDeleted() && access.canModerate(),
                // a locked discussion takes replies from moderators only (DiscussionPage adds site moderators)
                !post.isDeleted()
                        && access.canPost()
                        && !discussion.isFull()
                        && (!discussion.isLocked() || access.canModerate()),
                // any member who may read the text may flag it, except its author; the moderation
                // service decides the rest (suspension, one flag each) when they send the flag
                textVisible
                        && !post.isHidden()
                        && access.viewer().signedIn()
                        && !access.viewer().is(post.getAuthor().getId()));
    }

    /**
     * Views of posts given in thread order, leaving out deleted posts with nothing left under them:
     * a deleted post stays (as "deleted") only while it still has a reply to hold in place. Because a
     * post's replies follow it directly in thread order, one backward pass decides this.
     */
    static List<PostView> inThreadOrder(List<Post> posts, Discussion discussion, ConversationAccess access) {
        boolean[] keep = new boolean[posts.size()];
        String nextKeptPath = null;
        for (int i = posts.size() - 1; i >= 0; i--) {
            Post post = posts.get(i);
            keep[i] = !post.isDeleted() || (nextKeptPath != null && nextKeptPath.startsWith(post.getThreadPath()));
            if (keep[i]) {
                nextKeptPath = post.getThreadPath();
            }
        }
        List<PostView> views = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            if (keep[i]) {
                views.add(of(posts.get(i), discussion, access));
            }
        }
        return views;
    }
}
