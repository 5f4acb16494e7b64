package org.qicommons.discussion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.Post;
import org.qicommons.discussion.PostView;
import org.qicommons.group.Group;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.JoinPolicy;
import org.qicommons.group.MembershipStatus;
import org.qicommons.group.Visibility;
import org.qicommons.member.Member;
import org.qicommons.member.Viewer;

/** Which posts of a thread a viewer sees, and as what: deleted placeholders, hidden posts. */
class PostViewsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final Group group = new Group("g", "G", null, Visibility.PUBLIC, JoinPolicy.OPEN, NOW);
    private final Member author = new Member("a@example.org", "Author", "x", null, null, NOW);
    private Discussion discussion;
    private Post update;

    @BeforeEach
    void thread() {
        discussion = new Discussion(group, author, "T", NOW);
        update = Post.opening(discussion, discussion.takePostNumber(NOW), author, "update", NOW);
    }

    private Post reply(Post parent, String body) {
        return parent.reply(discussion.takePostNumber(NOW), author, body, NOW);
    }

    private static List<Post> inOrder(Post... posts) {
        List<Post> list = new ArrayList<>(List.of(posts));
        list.sort(Comparator.comparing(Post::getThreadPath));
        return list;
    }

    private static GroupAccess anonymous(Group group) {
        return new GroupAccess(group, Viewer.anonymous(), null);
    }

    @Test
    void aDeletedPostWithRepliesStaysAsAPlaceholder() {
        Post first = reply(update, "first");
        Post nested = reply(first, "nested");
        first.delete(NOW);
        List<PostView> views = PostViews.inThreadOrder(inOrder(update, first, nested), discussion, anonymous(group));
        assertEquals(3, views.size());
        PostView placeholder = views.get(1);
        assertTrue(placeholder.deleted());
        assertNull(placeholder.body());
        assertNull(placeholder.html());
        assertFalse(placeholder.canReply());
        assertEquals("nested", views.get(2).body());
    }

    @Test
    void aDeletedPostWithNothingLeftUnderItDisappears() {
        Post first = reply(update, "first");
        Post nested = reply(first, "nested");
        Post second = reply(update, "second");
        nested.delete(NOW);
        first.delete(NOW);
        List<PostView> views =
                PostViews.inThreadOrder(inOrder(update, first, nested, second), discussion, anonymous(group));
        assertEquals(
                List.of("update", "second"), views.stream().map(PostView::body).toList());
    }

    @Test
    void aHiddenPostIsShownOnlyToModeratorsAndItsAuthor() {
        Post hidden = reply(update, "off-topic");
        hidden.hide(99L, NOW);
        PostView forAnonymous = PostViews.of(hidden, discussion, anonymous(group));
        assertTrue(forAnonymous.hidden());
        assertNull(forAnonymous.body());

        GroupMembership moderator = new GroupMembership(1L, null, GroupRole.MODERATOR, MembershipStatus.ACTIVE, NOW);
        PostView forModerator = PostViews.of(hidden, discussion, new GroupAccess(group, Viewer.member(3L), moderator));
        assertEquals("off-topic", forModerator.body());
        assertTrue(forModerator.canHide());
    }

    @Test
    void safeHtmlIsRenderedForVisiblePosts() {
        Post post = reply(update, "**bold** <script>x</script>");
        PostView view = PostViews.of(post, discussion, anonymous(group));
        assertTrue(view.html().contains("<strong>bold</strong>"));
        assertFalse(view.html().contains("<script"));
        assertFalse(view.canReply(), "anonymous visitors cannot reply");
    }
}
