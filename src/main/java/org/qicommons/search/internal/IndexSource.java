package org.qicommons.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.Post;
import org.qicommons.group.Group;
import org.qicommons.member.Member;
import org.qicommons.organisation.Organisation;
import org.qicommons.search.ChangeLog;
import org.qicommons.search.HitType;

/**
 * Everything the index reads from the database, read-only: the change log, and entities turned into
 * {@link IndexEntry} values. It reads other features' entities directly (root packages only) rather
 * than through their services, because the indexer is not a viewer: it indexes everything and the
 * permission filter is applied at query time. Each method is one short read transaction.
 *
 * <p>What is searchable: discussions (title and opening update, unless that post is deleted or
 * hidden), replies that are neither deleted nor hidden in live discussions, every member, every group.
 */
@ApplicationScoped
@Transactional
public class IndexSource {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    // ---- the change log ----

    /** Up to {@code limit} entries after {@code seq}, in sequence order. */
    public List<ChangeRow> changesAfter(long seq, int limit) {
        return changesBetween(seq, Long.MAX_VALUE, limit);
    }

    /** Entries with {@code after < seq <= upTo}, in sequence order. */
    public List<ChangeRow> changesBetween(long after, long upTo, int limit) {
        List<?> rows = em.createNativeQuery("select seq, entity_type, entity_id, operation from change_log"
                        + " where seq > ? and seq <= ? order by seq")
                .setParameter(1, after)
                .setParameter(2, upTo)
                .setMaxResults(limit)
                .getResultList();
        List<ChangeRow> changes = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            changes.add(new ChangeRow(
                    ((Number) columns[0]).longValue(), (String) columns[1], ((Number) columns[2]).longValue(), (String)
                            columns[3]));
        }
        return changes;
    }

    /**
     * Deletes change-log entries numbered up to {@code upTo} and written before {@code before}, at
     * most {@code batch} sequence numbers at a time (one short transaction each): how many went.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int pruneChangeLog(long upTo, Instant before, int batch) {
        Object oldest = em.createNativeQuery("select min(seq) from change_log").getSingleResult();
        if (oldest == null) {
            return 0;
        }
        long bound = Math.min(upTo, ((Number) oldest).longValue() + batch - 1);
        return em.createNativeQuery("delete from change_log where seq <= ? and changed_at < ?")
                .setParameter(1, bound)
                .setParameter(2, before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** How many entries the change log holds (for tests and the index status). */
    public long logSize() {
        return ((Number) em.createNativeQuery("select count(*) from change_log").getSingleResult()).longValue();
    }

    /** The newest change-log entry, 0 when the log is empty. */
    public long logHead() {
        Object head = em.createNativeQuery("select max(seq) from change_log").getSingleResult();
        return head == null ? 0 : ((Number) head).longValue();
    }

    /**
     * A random id this database was given once (see V2__search_index.sql). The index remembers it, so
     * an index built from another database (a restored backup, a fresh test database) is noticed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String databaseIdentity() {
        List<?> found = em.createNativeQuery("select database_id from database_identity where singleton = 1")
                .getResultList();
        if (!found.isEmpty()) {
            return (String) found.getFirst();
        }
        String identity = UUID.randomUUID().toString();
        em.createNativeQuery("insert into database_identity (singleton, database_id, created_at) values (1, ?, ?)")
                .setParameter(1, identity)
                .setParameter(2, Instant.now().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return identity;
    }

    // ---- one change ----

    /** What the given change-log rows mean for the index, read in one transaction. */
    public List<IndexChange> resolve(List<ChangeRow> rows) {
        List<IndexChange> changes = new ArrayList<>();
        for (ChangeRow row : rows) {
            switch (row.entityType()) {
                case ChangeLog.POST -> changes.addAll(forPost(row.entityId()));
                case ChangeLog.DISCUSSION -> changes.addAll(forDiscussion(row.entityId()));
                case ChangeLog.MEMBER -> changes.addAll(forMember(row.entityId()));
                case ChangeLog.GROUP -> changes.add(forGroup(row.entityId()));
                default -> {
                    // MEMBERSHIP: permissions are applied at query time from the database, so nothing to do
                }
            }
        }
        return changes;
    }

    private List<IndexChange> forPost(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            return List.of(new IndexChange.Remove(IndexEntry.key(HitType.REPLY, postId)));
        }
        if (post.isOpening()) {
            return forDiscussionOnly(post.getDiscussionId());
        }
        Discussion discussion = em.find(Discussion.class, post.getDiscussionId());
        return List.of(replyChange(post, discussion));
    }

    /** The discussion's own document and its replies' (which carry its title). */
    private List<IndexChange> forDiscussion(long discussionId) {
        List<IndexChange> changes = new ArrayList<>(forDiscussionOnly(discussionId));
        Discussion discussion = em.find(Discussion.class, discussionId);
        List<Post> replies = em.createQuery(
                        "select p from Post p where p.discussionId = :id and p.replyToId is not null", Post.class)
                .setParameter("id", discussionId)
                .setHint("eclipselink.left-join-fetch", "p.author.organisation")
                .getResultList();
        for (Post reply : replies) {
            changes.add(replyChange(reply, discussion));
        }
        return changes;
    }

    private List<IndexChange> forDiscussionOnly(long discussionId) {
        Discussion discussion = em.find(Discussion.class, discussionId);
        if (discussion == null || discussion.getDeletedAt() != null) {
            return List.of(new IndexChange.Remove(IndexEntry.key(HitType.DISCUSSION, discussionId)));
        }
        Post opening = openingPosts(List.of(discussionId)).get(discussionId);
        return List.of(new IndexChange.Put(discussionEntry(discussion, opening)));
    }

    /** A member's own document and every post they wrote (posts carry the author's name and organisation). */
    private List<IndexChange> forMember(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            return List.of(new IndexChange.Remove(IndexEntry.key(HitType.MEMBER, memberId)));
        }
        List<IndexChange> changes = new ArrayList<>();
        changes.add(new IndexChange.Put(memberEntry(member)));
        List<Post> posts = em.createQuery("select p from Post p where p.author.id = :id", Post.class)
                .setParameter("id", memberId)
                .getResultList();
        Map<Long, Discussion> discussions =
                discussionsById(posts.stream().map(Post::getDiscussionId).collect(Collectors.toSet()));
        for (Post post : posts) {
            if (post.isOpening()) {
                changes.addAll(forDiscussionOnly(post.getDiscussionId()));
            } else {
                changes.add(replyChange(post, discussions.get(post.getDiscussionId())));
            }
        }
        return changes;
    }

    private IndexChange forGroup(long groupId) {
        Group group = em.find(Group.class, groupId);
        return group == null
                ? new IndexChange.Remove(IndexEntry.key(HitType.GROUP, groupId))
                : new IndexChange.Put(groupEntry(group));
    }

    private static IndexChange replyChange(Post reply, Discussion discussion) {
        boolean searchable =
                !reply.isDeleted() && !reply.isHidden() && discussion != null && discussion.getDeletedAt() == null;
        return searchable
                ? new IndexChange.Put(replyEntry(reply, discussion))
                : new IndexChange.Remove(IndexEntry.key(HitType.REPLY, reply.getId()));
    }

    // ---- everything, for a rebuild: pages in id order ----

    /** How many documents a full rebuild writes (an estimate for progress: rows change meanwhile). */
    public long countSearchable() {
        return count("select count(m) from Member m")
                + count("select count(g) from GroupEntity g")
                + count("select count(d) from Discussion d where d.deletedAt is null")
                + count("select count(p) from Post p, Discussion d where d.id = p.discussionId"
                        + " and p.replyToId is not null and p.deletedAt is null and p.hiddenAt is null"
                        + " and d.deletedAt is null");
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    public List<IndexEntry> members(long afterId, int limit) {
        return em.createQuery("select m from Member m where m.id > :after order by m.id", Member.class)
                .setParameter("after", afterId)
                .setHint("eclipselink.left-join-fetch", "m.organisation")
                .setMaxResults(limit)
                .getResultStream()
                .map(IndexSource::memberEntry)
                .toList();
    }

    public List<IndexEntry> groups(long afterId, int limit) {
        return em.createQuery("select g from GroupEntity g where g.id > :after order by g.id", Group.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultStream()
                .map(IndexSource::groupEntry)
                .toList();
    }

    public List<IndexEntry> discussions(long afterId, int limit) {
        List<Discussion> discussions = em.createQuery(
                        "select d from Discussion d where d.id > :after and d.deletedAt is null order by d.id",
                        Discussion.class)
                .setParameter("after", afterId)
                .setHint("eclipselink.join-fetch", "d.author")
                .setHint("eclipselink.left-join-fetch", "d.author.organisation")
                .setMaxResults(limit)
                .getResultList();
        Map<Long, Post> openings =
                openingPosts(discussions.stream().map(Discussion::getId).toList());
        return discussions.stream()
                .map(d -> discussionEntry(d, openings.get(d.getId())))
                .toList();
    }

    public List<IndexEntry> replies(long afterId, int limit) {
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
        List<IndexEntry> entries = new ArrayList<>(replies.size());
        for (Post reply : replies) {
            Discussion discussion = discussions.get(reply.getDiscussionId());
            if (discussion != null && discussion.getDeletedAt() == null) {
                entries.add(replyEntry(reply, discussion));
            }
        }
        return entries;
    }

    private Map<Long, Discussion> discussionsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from Discussion d where d.id in :ids", Discussion.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.join-fetch", "d.group")
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

    // ---- entities to entries ----

    /** Title and opening update; the update's text only while it is neither deleted nor hidden. */
    private static IndexEntry discussionEntry(Discussion discussion, Post opening) {
        boolean bodyVisible = opening != null && !opening.isDeleted() && !opening.isHidden();
        Member author = discussion.getAuthor();
        return new IndexEntry(
                HitType.DISCUSSION,
                discussion.getId(),
                discussion.getId(),
                discussion.getGroup().getId(),
                discussion.getTitle(),
                bodyVisible ? opening.getBody() : "",
                author.getId(),
                author.getDisplayName(),
                organisationName(author),
                organisationType(author),
                discussion.getCreatedAt());
    }

    private static IndexEntry replyEntry(Post reply, Discussion discussion) {
        Member author = reply.getAuthor();
        return new IndexEntry(
                HitType.REPLY,
                reply.getId(),
                discussion.getId(),
                discussion.getGroup().getId(),
                discussion.getTitle(),
                reply.getBody(),
                author.getId(),
                author.getDisplayName(),
                organisationName(author),
                organisationType(author),
                reply.getCreatedAt());
    }

    /** Name, job title and bio; never the e-mail address. */
    private static IndexEntry memberEntry(Member member) {
        String body = joined(member.getJobTitle(), member.getBio());
        return new IndexEntry(
                HitType.MEMBER,
                member.getId(),
                null,
                null,
                member.getDisplayName(),
                body,
                member.getId(),
                member.getDisplayName(),
                organisationName(member),
                organisationType(member),
                member.getCreatedAt());
    }

    /** A group is filed under itself, so a private group is found only by those who may read it. */
    private static IndexEntry groupEntry(Group group) {
        return new IndexEntry(
                HitType.GROUP,
                group.getId(),
                null,
                group.getId(),
                group.getName(),
                group.getDescription() == null ? "" : group.getDescription(),
                null,
                null,
                null,
                null,
                group.getCreatedAt());
    }

    private static String joined(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + "\n\n" + second;
    }

    private static String organisationName(Member member) {
        Organisation organisation = member.getOrganisation();
        return organisation == null ? null : organisation.getName();
    }

    /**
     * Only an organisation that vouches for the member gives their posts its type: an unverified
     * "regulator" must not appear under "Written by people from: Regulator".
     */
    private static String organisationType(Member member) {
        Organisation organisation = member.getOrganisation();
        return organisation == null || !member.isOrganisationVouched()
                ? null
                : organisation.getType().name();
    }
}
