package org.qicommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupRole;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.group.MembershipStatus;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.group.Visibility;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * The discussion and group services inside the container, against the real database: thread order,
 * concurrent replies, very long threads, the JPQL form of the read rule, and the change log.
 */
@ExtendWith(ArquillianExtension.class)
class DiscussionServiceIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestPackages(DiscussionServiceIT.class.getPackage());
    }

    @Inject
    MemberService members;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    UserTransaction transaction;

    private Viewer newMember(String name) {
        return Viewer.member(
                members.signUp(SampleMembers.named(name, null).signUp(null)).getId());
    }

    private String newGroup(Viewer owner, String visibility, String joinPolicy) {
        return groups.createGroup(
                        owner,
                        new GroupService.NewGroup(
                                SampleMembers.unique("IT " + visibility), null, visibility, joinPolicy))
                .group()
                .getSlug();
    }

    @Test
    void nestedRepliesComeBackInThreadOrder() {
        Viewer viewer = newMember("Ann");
        String slug = newGroup(viewer, "PUBLIC", "OPEN");
        Discussion d = discussions.startDiscussion(viewer, slug, "T", "opening");
        Post r1 = discussions.reply(viewer, d.getId(), null, "r1");
        discussions.reply(viewer, d.getId(), null, "r2");
        discussions.reply(viewer, d.getId(), r1.getId(), "r1.1");
        ThreadView thread = discussions.readThread(Viewer.anonymous(), d.getId(), null, 0);
        assertEquals(
                List.of("opening", "r1", "r1.1", "r2"),
                thread.posts().stream().map(PostView::body).toList());
    }

    @Test
    void concurrentRepliesGetDistinctNumbersAndPaths() throws Exception {
        Viewer owner = newMember("Busy owner");
        String slug = newGroup(owner, "PUBLIC", "OPEN");
        List<Viewer> repliers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Viewer replier = newMember("Replier " + i);
            groups.joinGroup(replier, slug);
            repliers.add(replier);
        }
        Discussion d = discussions.startDiscussion(owner, slug, null, "Reply all at once, please");
        long opening = readAll(owner, d.getId()).get(0).id();
        int perThread = 15;
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (Viewer replier : repliers) {
            futures.add(executor.submit(() -> {
                start.await();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    // half to the update, half to the replier's previous reply: siblings and nesting at once
                    Long replyTo = i % 2 == 0 || ids.isEmpty() ? Long.valueOf(opening) : ids.get(ids.size() - 1);
                    ids.add(discussions
                            .reply(replier, d.getId(), replyTo, "reply " + i)
                            .getId());
                }
                return ids;
            }));
        }
        start.countDown();
        Set<Long> written = new HashSet<>();
        for (Future<List<Long>> future : futures) {
            written.addAll(future.get(120, TimeUnit.SECONDS));
        }
        assertEquals(repliers.size() * perThread, written.size());

        List<PostView> posts = readAll(owner, d.getId());
        assertEquals(1 + written.size(), posts.size());
        Set<Integer> numbers = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (PostView post : posts) {
            assertTrue(
                    numbers.add(post.post().getNumber()),
                    "duplicate number " + post.post().getNumber());
            assertTrue(
                    paths.add(post.post().getThreadPath()),
                    "duplicate path " + post.post().getThreadPath());
        }
        assertEquals(
                1 + written.size(),
                numbers.stream().mapToInt(Integer::intValue).max().orElseThrow());
        assertEquals(
                written.size(),
                discussions.readThread(owner, d.getId(), null, 1).discussion().getReplyCount());
        assertThreadOrder(posts);
    }

    @Test
    void aThreadOfTwoThousandPostsIsReadInOrderPageByPage() throws Exception {
        Viewer owner = newMember("Prolific");
        String slug = newGroup(owner, "MEMBERS", "OPEN");
        Discussion d = discussions.startDiscussion(owner, slug, "Long thread", "root");
        List<Long> ids =
                new ArrayList<>(List.of(readAll(owner, d.getId()).get(0).id()));
        Map<Long, Long> parentOf = new HashMap<>();
        Random random = new Random(42);
        int total = 2_000;
        // a chain 300 deep, then replies to random earlier posts (wide, with more depth here and there)
        while (ids.size() < total) {
            transaction.begin();
            try {
                for (int i = 0; i < 250 && ids.size() < total; i++) {
                    long parent = ids.size() <= 300 ? ids.get(ids.size() - 1) : ids.get(random.nextInt(ids.size()));
                    long id = discussions
                            .reply(owner, d.getId(), parent, "post " + ids.size())
                            .getId();
                    parentOf.put(id, parent);
                    ids.add(id);
                }
                transaction.commit();
            } catch (Exception | Error e) {
                transaction.rollback();
                throw e;
            }
        }

        List<Long> expected = new ArrayList<>();
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        for (long id : ids) {
            children.put(id, new ArrayList<>());
        }
        for (long id : ids.subList(1, ids.size())) {
            children.get(parentOf.get(id)).add(id);
        }
        depthFirst(ids.get(0), children, expected);

        List<PostView> read = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            ThreadView page = discussions.readThread(Viewer.member(owner.memberId()), d.getId(), after, 100);
            assertTrue(page.posts().size() <= 100);
            read.addAll(page.posts());
            after = page.nextCursor();
            pages++;
        } while (after != null);
        assertEquals(total / 100, pages);
        assertEquals(expected, read.stream().map(PostView::id).toList(), "thread order, nothing lost or repeated");
        assertTrue(read.stream().mapToInt(PostView::depth).max().orElseThrow() >= 300);
        for (PostView post : read) {
            Long parent = parentOf.get(post.id());
            assertEquals(parent, post.replyToId());
        }
        assertThreadOrder(read);
    }

    private static void depthFirst(long id, Map<Long, List<Long>> children, List<Long> out) {
        // iterative: the chain is too deep for comfortable recursion in a test
        List<long[]> stack = new ArrayList<>();
        out.add(id);
        stack.add(new long[] {id, 0});
        while (!stack.isEmpty()) {
            long[] top = stack.get(stack.size() - 1);
            List<Long> kids = children.get(top[0]);
            if (top[1] < kids.size()) {
                long child = kids.get((int) top[1]++);
                out.add(child);
                stack.add(new long[] {child, 0});
            } else {
                stack.remove(stack.size() - 1);
            }
        }
    }

    /** Each post's parent comes before it, and depth is the parent's plus one. */
    private static void assertThreadOrder(List<PostView> posts) {
        Map<Long, Integer> depthById = new HashMap<>();
        for (PostView post : posts) {
            if (post.replyToId() == null) {
                assertEquals(0, post.depth());
            } else {
                Integer parentDepth = depthById.get(post.replyToId());
                assertTrue(parentDepth != null, "parent of " + post.id() + " comes after it");
                assertEquals(parentDepth + 1, post.depth());
            }
            depthById.put(post.id(), post.depth());
        }
    }

    private List<PostView> readAll(Viewer viewer, long discussionId) {
        List<PostView> all = new ArrayList<>();
        String after = null;
        do {
            ThreadView page = discussions.readThread(viewer, discussionId, after, 100);
            all.addAll(page.posts());
            after = page.nextCursor();
        } while (after != null);
        return all;
    }

    /**
     * The read rule exists twice: {@link PermissionPolicy#canRead} for one group and
     * {@link PermissionPolicy#READABLE_GROUP} in list queries. For every visibility and every kind of
     * viewer, both must give the same answer (listGroups and recentActivity use the JPQL form,
     * findGroup and readThread the Java one).
     */
    @Test
    void theJpqlReadRuleAgreesWithTheJavaOne() {
        Viewer owner = newMember("Rule owner");
        Viewer moderator = newMember("Rule moderator");
        Viewer plain = newMember("Rule member");
        Viewer requester = newMember("Rule requester");
        Viewer invitee = newMember("Rule invitee");
        Viewer outsider = newMember("Rule outsider");
        Map<String, Viewer> viewers = new LinkedHashMap<>();
        viewers.put("anonymous", Viewer.anonymous());
        viewers.put("non-member", outsider);
        viewers.put("requester", requester);
        viewers.put("invitee", invitee);
        viewers.put("member", plain);
        viewers.put("moderator", moderator);
        viewers.put("owner", owner);
        int checked = 0;
        for (Visibility visibility : Visibility.values()) {
            String slug = newGroup(owner, visibility.name(), "REQUEST");
            for (Viewer member : List.of(moderator, plain)) {
                groups.inviteMember(owner, slug, member.memberId());
                groups.joinGroup(member, slug);
            }
            groups.updateMembership(
                    owner, slug, moderator.memberId(), new GroupService.MembershipChange(false, "MODERATOR"));
            groups.inviteMember(owner, slug, invitee.memberId());
            if (visibility != Visibility.PRIVATE) {
                assertEquals(
                        MembershipStatus.REQUESTED,
                        groups.joinGroup(requester, slug).getStatus());
            }
            long discussionId = discussions
                    .startDiscussion(owner, slug, null, "Visible to whom?")
                    .getId();
            for (Map.Entry<String, Viewer> entry : viewers.entrySet()) {
                Viewer viewer = entry.getValue();
                GroupRole role = roleOf(viewer, owner, moderator, plain);
                boolean rule = PermissionPolicy.canRead(visibility, viewer, role);
                List<GroupSummary> summaries = groups.listGroups(viewer).stream()
                        .filter(summary -> summary.group().getSlug().equals(slug))
                        .toList();
                // an invitee is shown a private group they cannot read yet, as an invitation
                boolean listed = summaries.stream().anyMatch(summary -> rule || !summary.invited());
                boolean listedAsInvitation = summaries.stream().anyMatch(GroupSummary::invited);
                boolean found = findable(viewer, slug);
                boolean inRecent = inRecentActivity(viewer, discussionId);
                boolean threadReadable = threadReadable(viewer, discussionId);
                String cell = visibility + " × " + entry.getKey();
                assertEquals(rule, listed, cell + ": listGroups (JPQL rule)");
                assertEquals(viewer == invitee, listedAsInvitation, cell + ": listed as an invitation to its invitee");
                assertEquals(rule, found, cell + ": findGroup (Java rule)");
                assertEquals(rule, inRecent, cell + ": recentActivity (JPQL rule)");
                assertEquals(rule, threadReadable, cell + ": readThread (Java rule)");
                checked++;
            }
        }
        assertEquals(21, checked);
    }

    private static GroupRole roleOf(Viewer viewer, Viewer owner, Viewer moderator, Viewer plain) {
        if (viewer.equals(owner)) {
            return GroupRole.OWNER;
        }
        if (viewer.equals(moderator)) {
            return GroupRole.MODERATOR;
        }
        return viewer.equals(plain) ? GroupRole.MEMBER : null;
    }

    private boolean findable(Viewer viewer, String slug) {
        try {
            GroupAccess access = groups.findGroup(viewer, slug);
            return access.canRead();
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean threadReadable(Viewer viewer, long discussionId) {
        try {
            discussions.readThread(viewer, discussionId, null, 1);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean inRecentActivity(Viewer viewer, long discussionId) {
        String cursor = null;
        do {
            ActivityPage page = discussions.recentActivity(viewer, cursor, 100);
            if (page.items().stream().anyMatch(item -> item.discussion().getId() == discussionId)) {
                return true;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return false;
    }

    @Test
    void changeLogRowsCommitAndRollBackWithTheirChange() throws Exception {
        Viewer author = newMember("Logged author");
        String slug = newGroup(author, "PUBLIC", "OPEN");
        Discussion d = discussions.startDiscussion(author, slug, null, "Logged");
        assertEquals(1, changeLogRows("DISCUSSION", d.getId()));
        long opening = readAll(author, d.getId()).get(0).id();
        assertEquals(1, changeLogRows("POST", opening));

        Post reply = discussions.reply(author, d.getId(), null, "A reply");
        assertEquals(1, changeLogRows("POST", reply.getId()));
        discussions.editPost(author, reply.getId(), "A better reply", null);
        assertEquals(2, changeLogRows("POST", reply.getId()));

        // a use case that fails half-way leaves nothing behind: the edit below is written, then refused
        long before = changeLogRows(null, 0);
        assertThrows(
                InvalidInputException.class,
                () -> discussions.editPost(author, reply.getId(), "Changed text", "a title on a reply"));
        assertEquals(before, changeLogRows(null, 0));
        PostHistory history = discussions.postHistory(author, reply.getId());
        assertEquals("A better reply", history.current().body());
        assertEquals(1, history.revisions().size());

        // rows written inside a transaction that rolls back disappear with it
        transaction.begin();
        long inside;
        try {
            Post doomed = discussions.reply(author, d.getId(), null, "Never to be");
            inside = changeLogRows("POST", doomed.getId());
            assertEquals(1, inside);
        } finally {
            transaction.rollback();
        }
        assertEquals(before, changeLogRows(null, 0));
        assertEquals(2, readAll(author, d.getId()).size());
    }

    @Test
    void aPostIsCookedWhenWrittenAndAgainWhenEdited() throws Exception {
        Viewer author = newMember("Cooking author");
        String slug = newGroup(author, "PUBLIC", "OPEN");
        Discussion d = discussions.startDiscussion(author, slug, null, "An **update**");
        Post reply = discussions.reply(author, d.getId(), null, "A *reply* with [a link](https://example.org)");
        assertEquals(
                MarkdownRenderer.toSafeHtml("A *reply* with [a link](https://example.org)"), cooked(reply.getId()));
        assertEquals(
                MarkdownRenderer.toSafeHtml("An **update**"),
                cooked(readAll(author, d.getId()).get(0).id()));

        discussions.editPost(author, reply.getId(), "An edited *reply*", null);
        assertEquals(MarkdownRenderer.toSafeHtml("An edited *reply*"), cooked(reply.getId()));
        // and what readers get is the kept HTML of the current text
        assertEquals(
                MarkdownRenderer.toSafeHtml("An edited *reply*"),
                discussions.findPost(Viewer.anonymous(), reply.getId()).html());
    }

    @Test
    void aPostCookedBeforeOrByAnOlderRendererIsRenderedWhenRead() throws Exception {
        Viewer author = newMember("Older author");
        String slug = newGroup(author, "PUBLIC", "OPEN");
        Discussion d = discussions.startDiscussion(author, slug, null, "Written *before* cooking");
        long opening = readAll(author, d.getId()).get(0).id();
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/qicommons");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update post set cooked_html = 'stale', cooked_version = null where id = ?")) {
            statement.setLong(1, opening);
            statement.executeUpdate();
        }
        PostView view = discussions.findPost(Viewer.anonymous(), opening);
        assertEquals(MarkdownRenderer.toSafeHtml("Written *before* cooking"), view.html());
        assertEquals("Written before cooking", view.excerpt());
    }

    /** The HTML kept on a post's row, if cooked by the current renderer. */
    private static String cooked(long postId) throws NamingException, SQLException {
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/qicommons");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select cooked_html, cooked_version from post where id = ?")) {
            statement.setLong(1, postId);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(MarkdownRenderer.VERSION, rows.getInt(2));
                return rows.getString(1);
            }
        }
    }

    /** Rows for one entity, or all rows when {@code type} is null. */
    private static long changeLogRows(String type, long id) throws NamingException, SQLException {
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/qicommons");
        String sql = type == null
                ? "select count(*) from change_log"
                : "select count(*) from change_log where entity_type = ? and entity_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (type != null) {
                statement.setString(1, type);
                statement.setLong(2, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
