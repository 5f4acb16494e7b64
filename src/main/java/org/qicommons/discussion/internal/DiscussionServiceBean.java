package org.qicommons.discussion.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qicommons.access.AccessPolicy;
import org.qicommons.access.Audience;
import org.qicommons.access.ConversationAccess;
import org.qicommons.access.GroupReaders;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Reach;
import org.qicommons.access.Shares;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.ConversationPlaces;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.discussion.Post;
import org.qicommons.discussion.PostHistory;
import org.qicommons.discussion.PostInPlace;
import org.qicommons.discussion.PostRevision;
import org.qicommons.discussion.PostView;
import org.qicommons.discussion.ProjectPlaces;
import org.qicommons.discussion.ThreadView;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupService;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.member.Member;
import org.qicommons.member.Viewer;
import org.qicommons.security.WriteLimits;

@ApplicationScoped
@Transactional
public class DiscussionServiceBean implements DiscussionService {
    private static final int DEFAULT_ACTIVITY_SIZE = 20;
    private static final int DEFAULT_THREAD_SIZE = 100;
    /** How many of a discussion's latest post numbers are read to find its latest replies. */
    private static final int LATEST_WINDOW = 4 * STREAM_REPLIES;

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    GroupService groups;

    @Inject
    Shares shares;

    @Inject
    ProjectPlaces projects;

    @Inject
    ConversationPlaces conversations;

    @Inject
    ChangeLog changeLog;

    @Inject
    WriteLimits writeLimits;

    /** How long the same text in the same place counts as the same post sent twice. */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(1);

    @Override
    public Discussion startDiscussion(Viewer viewer, String groupSlug, String title, String body) {
        GroupAccess access = groups.findGroup(viewer, groupSlug);
        return start(
                access,
                "d.group.id = :where",
                access.group().getId(),
                title,
                body,
                (author, now) ->
                        new Discussion(access.group(), author, Checks.optional("title", title, MAX_TITLE), now));
    }

    @Override
    public Discussion startProjectUpdate(Viewer viewer, long projectId, String title, String body) {
        ConversationAccess access = projects.access(viewer, projectId);
        return start(
                access,
                "d.projectId = :where",
                projectId,
                title,
                body,
                (author, now) ->
                        Discussion.onProject(projectId, author, Checks.optional("title", title, MAX_TITLE), now));
    }

    @Override
    public Discussion startPrivateThread(Viewer viewer, long conversationId, String title, String body) {
        ConversationAccess access = conversations.access(viewer, conversationId);
        return start(
                access,
                "d.conversationId = :where",
                conversationId,
                title,
                body,
                (author, now) -> Discussion.inConversation(
                        conversationId, author, Checks.optional("title", title, MAX_TITLE), now));
    }

    @Override
    public ActivityPage privateConversations(Viewer viewer, String cursor, int size) {
        int pageSize = Checks.pageSize(size, DEFAULT_ACTIVITY_SIZE, MAX_PAGE_SIZE);
        List<Long> mine = conversations.conversationsOf(viewer);
        if (mine.isEmpty()) {
            return new ActivityPage(List.of(), null);
        }
        TypedQuery<Discussion> query = em.createQuery(
                        "select d from Discussion d where d.conversationId in :mine"
                                + " and d.deletedAt is null" + keysetCondition(cursor)
                                + " order by d.lastActivityAt desc, d.id desc",
                        Discussion.class)
                .setParameter("mine", mine);
        List<Discussion> discussions = page(query, cursor, pageSize);
        // the page's conversations at once: a fixed few queries, not two per conversation
        Map<Long, ConversationAccess> accessByConversation = conversations.accessAll(
                viewer,
                discussions.stream()
                        .map(Discussion::getConversationId)
                        .distinct()
                        .toList());
        return activityPage(
                discussions, pageSize, discussion -> accessByConversation.get(discussion.getConversationId()));
    }

    /** Starts a discussion in a place (its JPQL condition on {@code d}, {@code :where}) the viewer may start one in. */
    private Discussion start(
            ConversationAccess access,
            String place,
            long where,
            String title,
            String body,
            java.util.function.BiFunction<Member, Instant, Discussion> opened) {
        Viewer viewer = access.viewer();
        requireStarting(access);
        Checks.optional("title", title, MAX_TITLE);
        String checkedBody = Checks.text("body", body, MAX_BODY);
        Member author = em.find(Member.class, viewer.memberId());
        Instant now = Instant.now();
        refuseRepeat(
                author,
                checkedBody,
                "p.discussionId in (select d.id from Discussion d where " + place + ")",
                where,
                now);
        author.requireMayWrite(now);
        writeLimits.post(author.getId(), author.getCreatedAt());
        Discussion discussion = opened.apply(author, now);
        em.persist(discussion);
        em.flush();
        Post opening = Post.opening(discussion, discussion.takePostNumber(now), author, checkedBody, now);
        MarkdownRenderer.cook(opening);
        em.persist(opening);
        em.flush();
        changeLog.record(Subject.DISCUSSION, discussion.getId(), ChangeKind.CREATED, viewer);
        changeLog.record(Subject.POST, opening.getId(), ChangeKind.CREATED, viewer);
        return discussion;
    }

    @Override
    public Post reply(Viewer viewer, long discussionId, Long replyToId, String body) {
        return replyAndShow(viewer, discussionId, replyToId, body).post();
    }

    @Override
    public PostView replyAndShow(Viewer viewer, long discussionId, Long replyToId, String body) {
        // The lock serialises replies to one discussion, so post numbers (and paths) never clash.
        Discussion discussion = em.find(Discussion.class, discussionId, LockModeType.PESSIMISTIC_WRITE);
        if (discussion == null || discussion.getDeletedAt() != null) {
            throw new NotFoundException("Discussion");
        }
        ConversationAccess access = accessTo(viewer, discussion, "Discussion");
        requirePosting(access);
        String checkedBody = Checks.text("body", body, MAX_BODY);
        Post parent = replyToId == null ? openingPost(discussion) : em.find(Post.class, replyToId);
        if (parent == null || !parent.getDiscussionId().equals(discussion.getId())) {
            throw new InvalidInputException("replyTo", "is not a post of this discussion");
        }
        if (parent.isDeleted()) {
            throw new InvalidInputException("replyTo", "that post has been deleted");
        }
        if (discussion.isFull()) {
            throw new InvalidInputException("discussionId", "this discussion is full: start a new one");
        }
        Instant now = Instant.now();
        Member author = em.find(Member.class, viewer.memberId());
        refuseRepeat(author, checkedBody, "p.discussionId = :where", discussion.getId(), now);
        author.requireMayWrite(now);
        requireUnlocked(discussion, access, author);
        writeLimits.post(author.getId(), author.getCreatedAt());
        Post reply = parent.reply(discussion.takePostNumber(now), author, checkedBody, now);
        MarkdownRenderer.cook(reply);
        em.persist(reply);
        em.flush();
        changeLog.record(Subject.POST, reply.getId(), ChangeKind.CREATED, viewer);
        return PostViews.of(reply, discussion, access);
    }

    @Override
    public Post editPost(Viewer viewer, long postId, String body, String title) {
        PostInContext found = readablePost(viewer, postId);
        Post post = found.post();
        if (post.isDeleted()) {
            throw new NotFoundException("Post");
        }
        requireNotArchived(found.access());
        if (!found.access().canChangeOwnPost(post.getAuthor().getId())) {
            throw new ForbiddenException("only the author can edit a post");
        }
        Member editor = em.find(Member.class, viewer.memberId());
        editor.requireMayWrite(Instant.now());
        requireUnlocked(found.discussion(), found.access(), editor);
        if (body == null && title == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        if (body != null) {
            String checkedBody = Checks.text("body", body, MAX_BODY);
            if (!checkedBody.equals(post.getBody())) {
                em.persist(post.edit(checkedBody, em.find(Member.class, viewer.memberId()), Instant.now()));
                MarkdownRenderer.cook(post);
            }
        }
        if (title != null) {
            if (!post.isOpening()) {
                throw new InvalidInputException("title", "only the opening update of a discussion has a title");
            }
            found.discussion().retitle(Checks.optional("title", title, MAX_TITLE));
            changeLog.record(Subject.DISCUSSION, found.discussion().getId(), ChangeKind.EDITED, viewer);
        }
        changeLog.record(Subject.POST, post.getId(), ChangeKind.EDITED, viewer);
        return post;
    }

    @Override
    public void deletePost(Viewer viewer, long postId) {
        PostInContext found = readablePost(viewer, postId);
        Post post = found.post();
        if (post.isDeleted()) {
            throw new NotFoundException("Post");
        }
        requireNotArchived(found.access());
        if (!found.access().canChangeOwnPost(post.getAuthor().getId())) {
            throw new ForbiddenException("only the author can delete a post");
        }
        requireUnlocked(found.discussion(), found.access(), em.find(Member.class, viewer.memberId()));
        Instant now = Instant.now();
        post.delete(now);
        Discussion discussion = found.discussion();
        discussion.postRemoved();
        if (post.isOpening() && discussion.getPostCount() == 0) {
            discussion.markDeleted(now);
            changeLog.record(Subject.DISCUSSION, discussion.getId(), ChangeKind.DELETED, viewer);
        }
        changeLog.record(Subject.POST, post.getId(), ChangeKind.DELETED, viewer);
    }

    @Override
    public ThreadView readThread(Viewer viewer, long discussionId, String after, int size) {
        Discussion discussion = liveDiscussion(discussionId);
        ConversationAccess access = accessTo(viewer, discussion, "Discussion");
        int pageSize = Checks.pageSize(size, DEFAULT_THREAD_SIZE, MAX_PAGE_SIZE);
        List<Post> posts = withAuthors(em.createQuery(
                        "select p from Post p where p.discussionId = :id"
                                + " and p.threadPath > :after order by p.threadPath",
                        Post.class))
                .setParameter("id", discussionId)
                .setParameter("after", Cursors.parseThreadPath(after))
                .setMaxResults(pageSize + 1)
                .getResultList();
        String next = null;
        if (posts.size() > pageSize) {
            next = posts.get(pageSize - 1).getThreadPath();
            // the extra post stays in the list while deciding which deleted posts still hold replies
            List<PostView> views = PostViews.inThreadOrder(posts, discussion, access);
            Long extraId = posts.get(pageSize).getId();
            views.removeIf(view -> view.id().equals(extraId));
            return new ThreadView(discussion, access, views, next);
        }
        return new ThreadView(discussion, access, PostViews.inThreadOrder(posts, discussion, access), next);
    }

    @Override
    public ActivityPage groupActivity(Viewer viewer, String groupSlug, String cursor, int size) {
        GroupAccess access = groups.findGroup(viewer, groupSlug);
        int pageSize = Checks.pageSize(size, DEFAULT_ACTIVITY_SIZE, MAX_PAGE_SIZE);
        TypedQuery<Discussion> query = em.createQuery(
                        "select d from Discussion d where d.group.id = :groupId"
                                + " and d.deletedAt is null" + keysetCondition(cursor)
                                + " order by d.lastActivityAt desc, d.id desc",
                        Discussion.class)
                .setParameter("groupId", access.group().getId());
        return activityPage(page(query, cursor, pageSize), pageSize, discussion -> access);
    }

    @Override
    public ActivityPage projectUpdates(Viewer viewer, long projectId, String cursor, int size) {
        ConversationAccess access = projects.access(viewer, projectId);
        int pageSize = Checks.pageSize(size, DEFAULT_ACTIVITY_SIZE, MAX_PAGE_SIZE);
        TypedQuery<Discussion> query = em.createQuery(
                        "select d from Discussion d where d.projectId = :projectId"
                                + " and d.deletedAt is null" + keysetCondition(cursor)
                                + " order by d.lastActivityAt desc, d.id desc",
                        Discussion.class)
                .setParameter("projectId", projectId);
        return activityPage(page(query, cursor, pageSize), pageSize, discussion -> access);
    }

    @Override
    public ActivityPage recentActivity(Viewer viewer, String cursor, int size) {
        int pageSize = Checks.pageSize(size, DEFAULT_ACTIVITY_SIZE, MAX_PAGE_SIZE);
        TypedQuery<Discussion> query = em.createQuery(
                        "select d from Discussion d join d.group g"
                                + " where d.deletedAt is null and " + PermissionPolicy.READABLE_GROUP
                                + keysetCondition(cursor)
                                + " order by d.lastActivityAt desc, d.id desc",
                        Discussion.class)
                .setParameter("signedIn", viewer.signedIn())
                .setParameter("viewerId", PermissionPolicy.viewerIdParameter(viewer));
        List<Discussion> discussions = page(query, cursor, pageSize);
        Map<Long, GroupAccess> accessByGroup = groups.readableAccess(
                viewer,
                discussions.stream().map(Discussion::getGroup).distinct().toList());
        return activityPage(
                discussions,
                pageSize,
                discussion -> accessByGroup.get(discussion.getGroup().getId()));
    }

    @Override
    public PostHistory postHistory(Viewer viewer, long postId) {
        PostInContext found = readablePost(viewer, postId);
        PostView current = PostViews.of(found.post(), found.discussion(), found.access());
        if (!current.textVisible()) {
            throw new NotFoundException("Post");
        }
        List<PostRevision> revisions = em.createQuery(
                        "select r from PostRevision r where r.postId = :postId" + " order by r.replacedAt desc",
                        PostRevision.class)
                .setHint("eclipselink.join-fetch", "r.editor")
                .setParameter("postId", postId)
                .getResultList();
        return new PostHistory(found.discussion(), current, revisions);
    }

    @Override
    public List<Discussion> recentDiscussionsByOrganisation(Viewer viewer, long organisationId, int limit) {
        return em.createQuery(
                        "select d from Discussion d join d.group g where d.deletedAt is null"
                                + " and d.author.organisation.id = :organisation and " + PermissionPolicy.READABLE_GROUP
                                + " order by d.createdAt desc, d.id desc",
                        Discussion.class)
                .setParameter("organisation", organisationId)
                .setParameter("signedIn", viewer.signedIn())
                .setParameter("viewerId", PermissionPolicy.viewerIdParameter(viewer))
                .setHint("eclipselink.join-fetch", "d.group")
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public PostView findPost(Viewer viewer, long postId) {
        PostInContext found = readablePost(viewer, postId);
        return PostViews.of(found.post(), found.discussion(), found.access());
    }

    @Override
    public Map<Long, PostInPlace> readablePosts(Viewer viewer, java.util.Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        List<Post> posts = withAuthors(em.createQuery("select p from Post p where p.id in :ids", Post.class))
                .setParameter("ids", postIds)
                .getResultList();
        if (posts.isEmpty()) {
            return Map.of();
        }
        Map<Long, Discussion> discussions = new java.util.HashMap<>();
        em.createQuery("select d from Discussion d where d.id in :ids and d.deletedAt is null", Discussion.class)
                .setParameter(
                        "ids",
                        posts.stream().map(Post::getDiscussionId).distinct().toList())
                .setHint("eclipselink.left-join-fetch", "d.group")
                .getResultStream()
                .forEach(d -> discussions.put(d.getId(), d));
        Map<Long, GroupAccess> groupAccess = groups.readableAccess(
                viewer,
                discussions.values().stream()
                        .filter(d -> d.getGroup() != null)
                        .map(Discussion::getGroup)
                        .distinct()
                        .toList());
        Map<Long, java.util.Optional<ConversationAccess>> accessByDiscussion = new java.util.HashMap<>();
        Map<Long, PostInPlace> readable = new LinkedHashMap<>();
        for (Post post : posts) {
            Discussion discussion = discussions.get(post.getDiscussionId());
            if (discussion == null) {
                continue;
            }
            ConversationAccess access = accessByDiscussion
                    .computeIfAbsent(discussion.getId(), id -> {
                        GroupAccess inGroup = discussion.getGroup() == null
                                ? null
                                : groupAccess.get(discussion.getGroup().getId());
                        if (inGroup != null) {
                            return java.util.Optional.of(inGroup);
                        }
                        try {
                            return java.util.Optional.of(accessTo(viewer, discussion, "Post"));
                        } catch (NotFoundException e) {
                            return java.util.Optional.empty();
                        }
                    })
                    .orElse(null);
            if (access == null) {
                continue;
            }
            PostView view = PostViews.of(post, discussion, access);
            if (view.textVisible()) {
                readable.put(post.getId(), new PostInPlace(view, discussion, access.placeName()));
            }
        }
        return readable;
    }

    @Override
    public PostView findOpeningPost(Viewer viewer, long discussionId) {
        Discussion discussion = liveDiscussion(discussionId);
        ConversationAccess access = accessTo(viewer, discussion, "Discussion");
        return PostViews.of(openingPost(discussion), discussion, access);
    }

    private record PostInContext(Post post, Discussion discussion, ConversationAccess access) {}

    private PostInContext readablePost(Viewer viewer, long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException("Post");
        }
        Discussion discussion;
        try {
            discussion = liveDiscussion(post.getDiscussionId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Post");
        }
        return new PostInContext(post, discussion, accessTo(viewer, discussion, "Post"));
    }

    @Override
    public ConversationAccess placeAccess(Viewer viewer, Discussion discussion) {
        return accessTo(viewer, discussion, "Discussion");
    }

    /**
     * The viewer's access to the discussion's place (its group, or its project). A place the viewer
     * may not read is reported as the thing asked for being missing ("Post not found", not "Group
     * not found"), so the answer is exactly the one for an id that does not exist.
     */
    private ConversationAccess accessTo(Viewer viewer, Discussion discussion, String asked) {
        if (discussion.isPrivate()) {
            try {
                return conversations.access(viewer, discussion.getConversationId());
            } catch (NotFoundException e) {
                throw new NotFoundException(asked);
            }
        }
        if (discussion.isOnProject()) {
            try {
                return projects.access(viewer, discussion.getProjectId());
            } catch (NotFoundException e) {
                throw new NotFoundException(asked);
            }
        }
        try {
            return groups.accessTo(viewer, discussion.getGroup());
        } catch (NotFoundException e) {
            if (sharedWithViewer(viewer, discussion)) {
                return GroupAccess.throughShare(discussion.getGroup(), viewer);
            }
            throw new NotFoundException(asked);
        }
    }

    /**
     * Whether the discussion was shared with the viewer's organisation: the access policy's rule for
     * shares (the group's own rule has said no already, so the reach adds nothing).
     */
    private boolean sharedWithViewer(Viewer viewer, Discussion discussion) {
        if (viewer.organisationId() == null) {
            return false;
        }
        Audience shared = new Audience(
                Reach.TEAM, null, Set.of(), shares.organisationsOf(ItemKind.DISCUSSION, discussion.getId()));
        return AccessPolicy.canRead(viewer, shared, GroupReaders.none());
    }

    /** The discussion with its group and author in one query; deleted discussions count as missing. */
    private Discussion liveDiscussion(long discussionId) {
        Discussion discussion = em.createQuery("select d from Discussion d where d.id = :id", Discussion.class)
                .setParameter("id", discussionId)
                .setHint("eclipselink.left-join-fetch", "d.group")
                .setHint("eclipselink.join-fetch", "d.author")
                .setHint("eclipselink.left-join-fetch", "d.author.organisation")
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (discussion == null || discussion.getDeletedAt() != null) {
            throw new NotFoundException("Discussion");
        }
        return discussion;
    }

    /**
     * The opening post is always post number 1 (startDiscussion takes the first number), so it is
     * found through the (discussion, number) unique index: asking for "the post with no reply-to"
     * read every post of the discussion, which made each reply slower than the last.
     */
    private Post openingPost(Discussion discussion) {
        return em.createQuery(
                        "select p from Post p where p.discussionId = :id and p.number = "
                                + Discussion.FIRST_POST_NUMBER,
                        Post.class)
                .setParameter("id", discussion.getId())
                .getSingleResult();
    }

    /**
     * The same text from the same author in the same place within {@link #REPEAT_WINDOW} is a double
     * click or a resend, not a second post: refused, so it never appears twice.
     */
    private void refuseRepeat(Member author, String body, String place, long where, Instant now) {
        long repeats = em.createQuery(
                        "select count(p) from Post p where p.author.id = :author and p.createdAt > :since"
                                + " and p.deletedAt is null and p.body = :body and " + place,
                        Long.class)
                .setParameter("author", author.getId())
                .setParameter("since", now.minus(REPEAT_WINDOW))
                .setParameter("body", body)
                .setParameter("where", where)
                .getSingleResult();
        if (repeats > 0) {
            throw new ConflictException("body", "you posted exactly this a moment ago");
        }
    }

    /**
     * A locked discussion takes no replies, edits or deletions, except from moderators (the group's or
     * the site's): it stays as it was when it was locked.
     */
    private static void requireUnlocked(Discussion discussion, ConversationAccess access, Member writer) {
        if (discussion.isLocked() && !access.canModerate() && !writer.isSiteModerator()) {
            throw new ForbiddenException("this discussion is locked: it can be read, but not replied to or changed");
        }
    }

    private static void requireNotArchived(ConversationAccess access) {
        if (!access.acceptsWriting()) {
            throw new ForbiddenException(access.postingRefused());
        }
    }

    private static void requirePosting(ConversationAccess access) {
        if (!access.viewer().signedIn()) {
            throw new ForbiddenException("sign in to post");
        }
        requireNotArchived(access);
        if (!access.canPost()) {
            throw new ForbiddenException(access.postingRefused());
        }
    }

    private static void requireStarting(ConversationAccess access) {
        requirePosting(access);
        if (!access.canStart()) {
            throw new ForbiddenException(access.postingRefused());
        }
    }

    private static <T> TypedQuery<T> withAuthors(TypedQuery<T> query) {
        return query.setHint("eclipselink.join-fetch", "p.author")
                .setHint("eclipselink.left-join-fetch", "p.author.organisation");
    }

    private static String keysetCondition(String cursor) {
        return cursor == null || cursor.isEmpty()
                ? ""
                : " and (d.lastActivityAt < :lastActivityAt or (d.lastActivityAt = :lastActivityAt and d.id < :lastId))";
    }

    private static List<Discussion> page(TypedQuery<Discussion> query, String cursor, int pageSize) {
        if (cursor != null && !cursor.isEmpty()) {
            Cursors.ActivityKey key = Cursors.parseActivity(cursor);
            query.setParameter("lastActivityAt", key.lastActivityAt()).setParameter("lastId", key.id());
        }
        return query.setHint("eclipselink.join-fetch", "d.author")
                .setHint("eclipselink.left-join-fetch", "d.author.organisation")
                .setMaxResults(pageSize + 1)
                .getResultList();
    }

    /**
     * Builds stream items for a page of discussions: one query for the opening updates and latest
     * replies of all of them, so a page of 20 discussions costs the same whatever their size.
     */
    private ActivityPage activityPage(
            List<Discussion> discussions, int pageSize, Function<Discussion, ConversationAccess> accessOf) {
        String next = null;
        if (discussions.size() > pageSize) {
            discussions = discussions.subList(0, pageSize);
            Discussion last = discussions.get(pageSize - 1);
            next = Cursors.activity(last.getLastActivityAt(), last.getId());
        }
        if (discussions.isEmpty()) {
            return new ActivityPage(List.of(), null);
        }
        Map<Long, List<Post>> postsByDiscussion = openingAndLatestReplies(discussions);
        List<ActivityItem> items = new ArrayList<>();
        for (Discussion discussion : discussions) {
            ConversationAccess access = accessOf.apply(discussion);
            if (access == null) {
                continue;
            }
            List<Post> posts = postsByDiscussion.getOrDefault(discussion.getId(), List.of());
            if (posts.isEmpty() || !posts.get(0).isOpening()) {
                continue;
            }
            List<PostView> replies = posts.subList(1, posts.size()).stream()
                    .map(post -> PostViews.of(post, discussion, access))
                    .toList();
            if (posts.get(0).isDeleted() && replies.isEmpty()) {
                continue;
            }
            int more = Math.max(0, discussion.getReplyCount() - replies.size());
            items.add(new ActivityItem(
                    discussion, PostViews.of(posts.get(0), discussion, access), replies, more, access.placeName()));
        }
        return new ActivityPage(items, next);
    }

    /**
     * The opening post and the latest {@link DiscussionService#STREAM_REPLIES} replies that are not
     * deleted, of each discussion: opening first, then the replies in the order they were written.
     * Post numbers grow as posts are written, so the highest numbers are the latest replies. Two
     * index lookups per discussion, on (discussion, number), in one statement: the opening (number
     * 1), and the replies among its last {@link #LATEST_WINDOW} numbers. So a stream of 20
     * discussions reads a few hundred index entries whatever their length; a single condition over
     * all of them (an OR per discussion) made H2 read every post. Should nearly all of a
     * discussion's latest posts be deleted, fewer than three replies are shown.
     */
    private Map<Long, List<Post>> openingAndLatestReplies(List<Discussion> discussions) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < discussions.size(); i++) {
            int discussion = 2 * i + 1;
            int from = 2 * i + 2;
            sql.append(i == 0 ? "" : " union all ")
                    .append("select p.id, p.discussion_id, p.post_number from post p where p.discussion_id = ?")
                    .append(discussion)
                    .append(" and p.post_number = ")
                    .append(Discussion.FIRST_POST_NUMBER)
                    .append(" union all select p.id, p.discussion_id, p.post_number from post p")
                    .append(" where p.discussion_id = ?")
                    .append(discussion)
                    .append(" and p.post_number >= ?")
                    .append(from)
                    .append(" and p.post_number > ")
                    .append(Discussion.FIRST_POST_NUMBER)
                    .append(" and p.deleted_at is null");
        }
        var idQuery = em.createNativeQuery(sql.toString());
        for (int i = 0; i < discussions.size(); i++) {
            Discussion discussion = discussions.get(i);
            idQuery.setParameter(2 * i + 1, discussion.getId());
            idQuery.setParameter(2 * i + 2, discussion.getNextPostNumber() - LATEST_WINDOW);
        }
        Map<Long, List<long[]>> candidates = new LinkedHashMap<>();
        for (Object row : idQuery.getResultList()) {
            Object[] columns = (Object[]) row;
            candidates
                    .computeIfAbsent(((Number) columns[1]).longValue(), id -> new ArrayList<>())
                    .add(new long[] {((Number) columns[2]).longValue(), ((Number) columns[0]).longValue()});
        }
        List<Long> ids = new ArrayList<>();
        for (List<long[]> posts : candidates.values()) {
            // by number, highest first: the opening (number 1) is last; keep it and the first replies
            posts.sort((x, y) -> Long.compare(y[0], x[0]));
            for (int j = 0; j < posts.size(); j++) {
                if (j < STREAM_REPLIES || posts.get(j)[0] == Discussion.FIRST_POST_NUMBER) {
                    ids.add(posts.get(j)[1]);
                }
            }
        }
        Map<Long, List<Post>> byDiscussion = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byDiscussion;
        }
        List<Post> posts = withAuthors(em.createQuery(
                        "select p from Post p where p.id in :ids" + " order by p.discussionId, p.number", Post.class))
                .setParameter("ids", ids)
                .getResultList();
        for (Post post : posts) {
            byDiscussion
                    .computeIfAbsent(post.getDiscussionId(), id -> new ArrayList<>())
                    .add(post);
        }
        return byDiscussion;
    }
}
