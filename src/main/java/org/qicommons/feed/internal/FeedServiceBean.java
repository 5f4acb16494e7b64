package org.qicommons.feed.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.qicommons.core.InvalidInputException;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostInPlace;
import org.qicommons.feed.Feed;
import org.qicommons.feed.FeedService;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupService;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.project.ProjectService;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchService;

/**
 * Feeds from the same use cases the pages read through, as the reader: so a feed holds exactly what
 * its reader may read, and a private group's feed is "not found" for anyone outside it.
 */
@ApplicationScoped
@Transactional
public class FeedServiceBean implements FeedService {
    /** How many of a member's newest posts are looked at to find the ones a reader may read. */
    private static final int MEMBER_WINDOW = 100;

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    DiscussionService discussions;

    @Inject
    GroupService groups;

    @Inject
    ProjectService projects;

    @Inject
    MemberService members;

    @Inject
    SearchService search;

    @Override
    public Feed group(Viewer viewer, String slug) {
        GroupAccess group = groups.findGroup(viewer, slug);
        ActivityPage page = discussions.groupActivity(viewer, slug, null, ENTRIES);
        return new Feed(
                group.group().getName() + " on QI Commons",
                "/group/view.xhtml?slug=" + group.group().getSlug(),
                group.group().getDescription(),
                updates(page));
    }

    @Override
    public Feed project(Viewer viewer, long projectId) {
        var project = projects.findProject(viewer, projectId).project();
        ActivityPage page = discussions.projectUpdates(viewer, projectId, null, ENTRIES);
        return new Feed(
                "Updates on " + project.getTitle(),
                "/project/view.xhtml?id=" + projectId,
                project.getSummary(),
                updates(page));
    }

    @Override
    public Feed member(Viewer viewer, long memberId) {
        Member member = members.findMember(memberId);
        List<Long> newest = em.createQuery(
                        "select p.id from Post p where p.author.id = :member and p.deletedAt is null"
                                + " and p.hiddenAt is null order by p.createdAt desc, p.id desc",
                        Long.class)
                .setParameter("member", memberId)
                .setMaxResults(MEMBER_WINDOW)
                .getResultList();
        List<Feed.Entry> entries = discussions.readablePosts(viewer, newest).values().stream()
                // private conversations are never in a feed, even the reader's own
                .filter(post -> !post.discussion().isPrivate())
                .sorted(Comparator.comparing((PostInPlace post) -> post.post().createdAt())
                        .reversed())
                .limit(ENTRIES)
                .map(FeedServiceBean::postEntry)
                .toList();
        return new Feed(
                member.getDisplayName() + " on QI Commons",
                "/member/view.xhtml?id=" + memberId,
                "Updates and replies by " + member.getDisplayName(),
                entries);
    }

    @Override
    public Feed search(Viewer viewer, String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("q", "must say what to search for");
        }
        var results = search.search(
                viewer,
                new SearchQuery(
                        query.strip(),
                        Set.of(HitType.DISCUSSION, HitType.REPLY, HitType.PROJECT, HitType.RESOURCE),
                        null,
                        null,
                        null,
                        null,
                        0,
                        ENTRIES));
        // private conversations are found by their participants' searches, but never put in a feed
        List<Long> threads = results.hits().stream()
                .map(hit -> hit.discussionId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        // nor a discussion whose opening update is hidden: the feed leaves it out whole, title too
        Set<Long> privateThreads = threads.isEmpty()
                ? Set.of()
                : Set.copyOf(em.createQuery(
                                "select d.id from Discussion d where d.id in :ids and (d.conversationId is not null"
                                        + " or exists (select p.id from Post p where p.discussionId = d.id"
                                        + " and p.number = " + Discussion.FIRST_POST_NUMBER
                                        + " and p.hiddenAt is not null))",
                                Long.class)
                        .setParameter("ids", threads)
                        .getResultList());
        List<Feed.Entry> entries = results.hits().stream()
                .filter(hit -> hit.discussionId() == null || !privateThreads.contains(hit.discussionId()))
                .map(hit -> new Feed.Entry(
                        hit.title(), hit.url(), hit.authorName(), hit.createdAt(), hit.createdAt(), hit.snippet()))
                .toList();
        return new Feed(
                "“" + query.strip() + "” on QI Commons",
                "/search/?q=" + java.net.URLEncoder.encode(query.strip(), java.nio.charset.StandardCharsets.UTF_8),
                "New matches for a saved search",
                entries);
    }

    /** The stream's updates whose text the reader may read: a hidden or deleted update is left out whole. */
    private static List<Feed.Entry> updates(ActivityPage page) {
        return page.items().stream()
                .filter(item -> item.opening().textVisible())
                .map(FeedServiceBean::updateEntry)
                .toList();
    }

    private static Feed.Entry updateEntry(ActivityItem item) {
        Discussion discussion = item.discussion();
        return new Feed.Entry(
                discussion.getTitle() != null
                        ? discussion.getTitle()
                        : "Update from " + discussion.getAuthor().getDisplayName(),
                "/discussion/view.xhtml?id=" + discussion.getId(),
                discussion.getAuthor().getDisplayName(),
                discussion.getCreatedAt(),
                discussion.getLastActivityAt(),
                item.opening().html());
    }

    private static Feed.Entry postEntry(PostInPlace post) {
        Discussion discussion = post.discussion();
        String title = discussion.getTitle() != null
                ? discussion.getTitle()
                : "Update from " + discussion.getAuthor().getDisplayName();
        return new Feed.Entry(
                post.post().post().isOpening() ? title : "Reply in " + title,
                "/p/" + post.post().id(),
                post.post().author().getDisplayName(),
                post.post().createdAt(),
                post.post().editedAt() != null
                        ? post.post().editedAt()
                        : post.post().createdAt(),
                post.post().html());
    }
}
