package org.qicommons.discussion.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qicommons.access.AccessPolicy;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;
import org.qicommons.change.Change;
import org.qicommons.change.Subject;
import org.qicommons.discussion.ConversationPlaces;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.Post;
import org.qicommons.discussion.ProjectPlaces;
import org.qicommons.search.DocumentChange;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchDocumentSource;

/**
 * Discussions and replies as search documents. A discussion's document holds its title and opening
 * update (unless that post is deleted or hidden); a reply's holds its text and its discussion's title
 * and group, so a change to the discussion (edited title, moved, deleted) rewrites its replies too.
 * Posts carry their author's name and organisation, so a member's profile or organisation changing
 * rewrites their posts. Reads entities directly: the indexer is not a viewer, it files everything
 * under its group and the permission filter applies at query time.
 */
@ApplicationScoped
@Transactional
public class DiscussionDocuments implements SearchDocumentSource {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    Shares shares;

    @Inject
    ProjectPlaces projects;

    @Inject
    ConversationPlaces conversations;

    @Override
    public Set<Subject> listensTo() {
        return Set.of(
                Subject.DISCUSSION, Subject.POST, Subject.MEMBER, Subject.ORGANISATION, Subject.SHARE, Subject.PROJECT);
    }

    @Override
    public List<DocumentChange> changesFor(Change change) {
        return switch (change.subject()) {
            case POST -> forPost(change.subjectId());
            case DISCUSSION -> forDiscussion(change.subjectId());
            case MEMBER -> forPostsBy("p.author.id = :id", change.subjectId());
            case ORGANISATION -> forPostsBy("p.author.organisation.id = :id", change.subjectId());
            // a discussion (or a project) shared with an organisation, or no longer: its posts' audience changed
            case SHARE ->
                shares.itemOf(change.subjectId())
                        .map(item -> switch (item.kind()) {
                            case DISCUSSION -> forDiscussion(item.itemId());
                            case PROJECT -> forProject(item.itemId());
                            case RESOURCE -> List.<DocumentChange>of();
                        })
                        .orElse(List.of());
            // a project's reach or team changed: its updates have its audience
            case PROJECT -> forProject(change.subjectId());
            default -> throw new IllegalArgumentException("not listening to " + change.subject());
        };
    }

    @Override
    public List<DocumentPages> pages() {
        return List.of(
                new DocumentPages(
                        () -> count("select count(d) from Discussion d where d.deletedAt is null"), this::discussions),
                new DocumentPages(
                        () -> count("select count(p) from Post p, Discussion d where d.id = p.discussionId"
                                + " and p.replyToId is not null and p.deletedAt is null"
                                + " and p.hiddenAt is null and d.deletedAt is null"),
                        this::replies));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private List<DocumentChange> forPost(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            return List.of(DocumentChange.remove(HitType.REPLY, postId));
        }
        if (post.isOpening()) {
            return forDiscussionOnly(post.getDiscussionId());
        }
        Discussion discussion = em.find(Discussion.class, post.getDiscussionId());
        return List.of(replyChange(post, discussion, audience(discussion)));
    }

    /** Every update on the project, with its replies. */
    private List<DocumentChange> forProject(long projectId) {
        List<DocumentChange> changes = new ArrayList<>();
        em.createQuery("select d.id from Discussion d where d.projectId = :id", Long.class)
                .setParameter("id", projectId)
                .getResultList()
                .forEach(id -> changes.addAll(forDiscussion(id)));
        return changes;
    }

    /** The discussion's own document and its replies' (which carry its title and group). */
    private List<DocumentChange> forDiscussion(long discussionId) {
        List<DocumentChange> changes = new ArrayList<>(forDiscussionOnly(discussionId));
        Discussion discussion = em.find(Discussion.class, discussionId);
        List<String> audience = audience(discussion);
        em.createQuery("select p from Post p where p.discussionId = :id and p.replyToId is not null", Post.class)
                .setParameter("id", discussionId)
                .setHint("eclipselink.left-join-fetch", "p.author.organisation")
                .getResultStream()
                .forEach(reply -> changes.add(replyChange(reply, discussion, audience)));
        return changes;
    }

    private List<DocumentChange> forDiscussionOnly(long discussionId) {
        Discussion discussion = em.find(Discussion.class, discussionId);
        if (discussion == null || discussion.getDeletedAt() != null) {
            return List.of(DocumentChange.remove(HitType.DISCUSSION, discussionId));
        }
        Post opening = openingPosts(List.of(discussionId)).get(discussionId);
        return List.of(DocumentChange.put(discussionDocument(discussion, opening, audience(discussion))));
    }

    /** Every post written by the members the condition picks (on a post alias {@code p}, parameter {@code :id}). */
    private List<DocumentChange> forPostsBy(String condition, long id) {
        List<Post> posts = em.createQuery("select p from Post p where " + condition, Post.class)
                .setParameter("id", id)
                .getResultList();
        Map<Long, Discussion> discussions =
                discussionsById(posts.stream().map(Post::getDiscussionId).collect(Collectors.toSet()));
        Function<Discussion, List<String>> audiences = audiences(discussions.values());
        List<DocumentChange> changes = new ArrayList<>();
        for (Post post : posts) {
            if (post.isOpening()) {
                changes.addAll(forDiscussionOnly(post.getDiscussionId()));
            } else {
                Discussion discussion = discussions.get(post.getDiscussionId());
                changes.add(replyChange(post, discussion, discussion == null ? null : audiences.apply(discussion)));
            }
        }
        return changes;
    }

    private static DocumentChange replyChange(Post reply, Discussion discussion, List<String> audience) {
        boolean searchable =
                !reply.isDeleted() && !reply.isHidden() && discussion != null && discussion.getDeletedAt() == null;
        return searchable
                ? DocumentChange.put(replyDocument(reply, discussion, audience))
                : DocumentChange.remove(HitType.REPLY, reply.getId());
    }

    private List<SearchDocument> discussions(long afterId, int limit) {
        List<Discussion> discussions = em.createQuery(
                        "select d from Discussion d where d.id > :after and d.deletedAt is null order by d.id",
                        Discussion.class)
                .setParameter("after", afterId)
                .setHint("eclipselink.join-fetch", "d.author")
                .setHint("eclipselink.left-join-fetch", "d.author.organisation")
                .setMaxResults(limit)
                .getResultList();
        List<Long> ids = discussions.stream().map(Discussion::getId).toList();
        Map<Long, Post> openings = openingPosts(ids);
        Function<Discussion, List<String>> audiences = audiences(discussions);
        return discussions.stream()
                .map(d -> discussionDocument(d, openings.get(d.getId()), audiences.apply(d)))
                .toList();
    }

    private List<SearchDocument> replies(long afterId, int limit) {
        List<Post> replies = em.createQuery(
                        "select p from Post p where p.id > :after and p.replyToId is not null"
                                + " and p.deletedAt is null and p.hiddenAt is null order by p.id",
                        Post.class)
                .setParameter("after", afterId)
                .setHint("eclipselink.join-fetch", "p.author")
                .setHint("eclipselink.left-join-fetch", "p.author.organisation")
                .setMaxResults(limit)
                .getResultList();
        Map<Long, Discussion> discussions =
                discussionsById(replies.stream().map(Post::getDiscussionId).collect(Collectors.toSet()));
        Function<Discussion, List<String>> audiences = audiences(discussions.values());
        List<SearchDocument> documents = new ArrayList<>(replies.size());
        for (Post reply : replies) {
            Discussion discussion = discussions.get(reply.getDiscussionId());
            if (discussion != null && discussion.getDeletedAt() == null) {
                documents.add(replyDocument(reply, discussion, audiences.apply(discussion)));
            }
        }
        return documents;
    }

    private Map<Long, Discussion> discussionsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from Discussion d where d.id in :ids", Discussion.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.left-join-fetch", "d.group")
                .getResultStream()
                .collect(Collectors.toMap(Discussion::getId, Function.identity()));
    }

    private Map<Long, Post> openingPosts(Collection<Long> discussionIds) {
        if (discussionIds.isEmpty()) {
            return Map.of();
        }
        // by number through the (discussion, number) index: "no reply-to" would read every post
        return em.createQuery(
                        "select p from Post p where p.discussionId in :ids and p.number = "
                                + Discussion.FIRST_POST_NUMBER,
                        Post.class)
                .setParameter("ids", discussionIds)
                .getResultStream()
                .collect(Collectors.toMap(Post::getDiscussionId, Function.identity(), (a, b) -> a));
    }

    /** Title and opening update; the update's text only while it is neither deleted nor hidden. */
    private static SearchDocument discussionDocument(Discussion discussion, Post opening, List<String> audience) {
        boolean bodyVisible = opening != null && !opening.isDeleted() && !opening.isHidden();
        return SearchDocument.writtenBy(
                        discussion.getAuthor(),
                        HitType.DISCUSSION,
                        discussion.getId(),
                        discussion.getId(),
                        groupIdOf(discussion),
                        discussion.getTitle(),
                        bodyVisible ? opening.getBody() : "",
                        discussion.getCreatedAt())
                .withAudience(audience);
    }

    private static SearchDocument replyDocument(Post reply, Discussion discussion, List<String> audience) {
        return SearchDocument.writtenBy(
                        reply.getAuthor(),
                        HitType.REPLY,
                        reply.getId(),
                        discussion.getId(),
                        groupIdOf(discussion),
                        discussion.getTitle(),
                        reply.getBody(),
                        reply.getCreatedAt())
                .withAudience(audience);
    }

    private static Long groupIdOf(Discussion discussion) {
        return discussion.getGroup() == null ? null : discussion.getGroup().getId();
    }

    /**
     * The index terms of a discussion's posts besides its group: an update on a project has the
     * project's audience; a private conversation, its participants; a discussion in a group, the
     * organisations it was shared with (or none).
     */
    private List<String> audience(Discussion discussion) {
        return discussion == null ? null : audiences(List.of(discussion)).apply(discussion);
    }

    /** As {@link #audience} for a batch: one query for the shares, one lookup per project. */
    private Function<Discussion, List<String>> audiences(Collection<Discussion> discussions) {
        List<Long> inGroups = discussions.stream()
                .filter(d -> d.getGroup() != null)
                .map(Discussion::getId)
                .toList();
        Map<Long, Set<Long>> shared = shares.organisationsOf(ItemKind.DISCUSSION, inGroups);
        Map<Long, List<String>> byProject = new java.util.HashMap<>();
        Map<Long, List<String>> byConversation = new java.util.HashMap<>();
        return discussion -> {
            if (discussion.isOnProject()) {
                return byProject.computeIfAbsent(
                        discussion.getProjectId(), id -> projects.audience(id).terms());
            }
            if (discussion.isPrivate()) {
                // only its participants find a private conversation
                return byConversation.computeIfAbsent(
                        discussion.getConversationId(),
                        id -> conversations.audience(id).terms());
            }
            return AccessPolicy.sharedTerms(shared.getOrDefault(discussion.getId(), Set.of()));
        };
    }
}
