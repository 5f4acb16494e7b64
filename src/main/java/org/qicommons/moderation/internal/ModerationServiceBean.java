package org.qicommons.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.access.ConversationAccess;
import org.qicommons.audit.AuditAction;
import org.qicommons.audit.AuditLog;
import org.qicommons.audit.AuditTarget;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.Post;
import org.qicommons.group.Group;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupService;
import org.qicommons.group.MembershipStatus;
import org.qicommons.member.Member;
import org.qicommons.member.Viewer;
import org.qicommons.moderation.FlagReason;
import org.qicommons.moderation.ModerationAction;
import org.qicommons.moderation.ModerationService;
import org.qicommons.moderation.PostFlag;
import org.qicommons.moderation.QueueItem;

@ApplicationScoped
@Transactional
public class ModerationServiceBean implements ModerationService {
    /** A suspension longer than this is a ban, which is not what SUSPEND is for. */
    static final Duration LONGEST_SUSPENSION = Duration.ofDays(3650);

    /** A membership {@code m} through which member {@code :me} moderates its group ({@code :active}). */
    private static final String MODERATES = "m.member.id = :me and m.status = :active"
            + " and m.role in (org.qicommons.group.GroupRole.OWNER, org.qicommons.group.GroupRole.MODERATOR)";

    /** Hidden posts listed after the flagged ones, to be shown again if need be. */
    static final int HIDDEN_SHOWN = 100;

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    AuditLog audit;

    @Inject
    ChangeLog changeLog;

    @Override
    public PostFlag flagPost(Viewer viewer, long postId, String reason, String note) {
        Post post = em.find(Post.class, postId);
        // what a visitor cannot read is a 404 like anything missing; only then "sign in"
        Discussion discussion = readableDiscussion(viewer, post);
        if (!viewer.signedIn()) {
            throw new ForbiddenException("sign in to flag a post");
        }
        // serialises flags on one post, so the third flag hides it exactly once
        em.lock(post, LockModeType.PESSIMISTIC_WRITE);
        FlagReason why = Checks.oneOf("reason", reason, FlagReason.class);
        String checkedNote = Checks.optional("note", note, MAX_NOTE);
        if (why == FlagReason.OTHER && checkedNote == null) {
            throw new InvalidInputException("note", "must say what is wrong when the reason is OTHER");
        }
        Member flagger = em.find(Member.class, viewer.memberId());
        Instant now = Instant.now();
        flagger.requireMayWrite(now);
        if (post.getAuthor().getId().equals(flagger.getId())) {
            throw new InvalidInputException("postId", "you cannot flag your own post: edit or delete it instead");
        }
        boolean flaggedBefore = !em.createQuery(
                        "select f.id from PostFlag f where f.postId = :post and f.flagger.id = :member", Long.class)
                .setParameter("post", postId)
                .setParameter("member", flagger.getId())
                .getResultList()
                .isEmpty();
        if (flaggedBefore) {
            throw new ConflictException("postId", "you have already flagged this post");
        }
        PostFlag flag = new PostFlag(postId, flagger, why, checkedNote, now);
        em.persist(flag);
        if (!post.isHidden() && openFlags(postId).size() >= FLAGS_TO_HIDE) {
            post.hidePendingReview(now);
            audit.record(
                    null,
                    AuditAction.AUTO_HIDE_POST,
                    postTarget(post, discussion),
                    FLAGS_TO_HIDE + " members flagged it",
                    null);
            changeLog.record(Subject.POST, post.getId(), ChangeKind.HIDDEN, (Long) null);
        }
        return flag;
    }

    @Override
    public List<QueueItem> queue(Viewer viewer) {
        Member moderator = signedIn(viewer);
        if (moderator == null || !isModerator(viewer)) {
            throw new ForbiddenException("only moderators see the moderation queue");
        }
        String scope = moderator.isSiteModerator()
                ? ""
                : " and d.group.id in (select m.groupId from GroupMembership m where " + MODERATES + ")";
        var query = em.createQuery(
                        "select f, p, d from PostFlag f, Post p, Discussion d where f.resolvedAt is null"
                                + " and p.id = f.postId and d.id = p.discussionId and p.deletedAt is null" + scope
                                + " order by f.createdAt, f.id",
                        Object[].class)
                .setMaxResults(1000);
        if (!scope.isEmpty()) {
            query.setParameter("me", moderator.getId()).setParameter("active", MembershipStatus.ACTIVE);
        }
        Map<Long, QueueItem> items = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            Post post = (Post) row[1];
            items.computeIfAbsent(
                            post.getId(), id -> new QueueItem(post, (Discussion) row[2], new java.util.ArrayList<>()))
                    .flags()
                    .add((PostFlag) row[0]);
        }
        // then the posts hidden already, newest first, so that a hide can be undone from here: site
        // staff cannot show a post again from a private group's thread, which they do not read
        var hidden = em.createQuery(
                        "select p, d from Post p, Discussion d where p.hiddenAt is not null and p.deletedAt is null"
                                + " and d.id = p.discussionId and d.deletedAt is null" + scope
                                + " order by p.hiddenAt desc, p.id desc",
                        Object[].class)
                .setMaxResults(HIDDEN_SHOWN);
        if (!scope.isEmpty()) {
            hidden.setParameter("me", moderator.getId()).setParameter("active", MembershipStatus.ACTIVE);
        }
        for (Object[] row : hidden.getResultList()) {
            Post post = (Post) row[0];
            items.putIfAbsent(post.getId(), new QueueItem(post, (Discussion) row[1], List.of()));
        }
        return List.copyOf(items.values());
    }

    @Override
    public boolean isModerator(Viewer viewer) {
        Member member = signedIn(viewer);
        if (member == null) {
            return false;
        }
        return member.isSiteModerator()
                || !em.createQuery("select m.id from GroupMembership m where " + MODERATES, Long.class)
                        .setParameter("me", member.getId())
                        .setParameter("active", MembershipStatus.ACTIVE)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    @Override
    public void act(Viewer viewer, ModerationAction action) {
        // a visitor is refused after the target is found: what they cannot read stays a 404
        Member moderator = signedIn(viewer);
        if (action.action() == null) {
            throw new InvalidInputException("action", "must be one of " + List.of(ModerationAction.Kind.values()));
        }
        String reason = Checks.optional("reason", action.reason(), AuditLog.MAX_REASON);
        switch (action.action()) {
            case HIDE, RESTORE -> moderatePost(viewer, moderator, action, reason);
            case LOCK, UNLOCK, MOVE -> moderateDiscussion(viewer, moderator, action, reason);
            case SUSPEND, UNSUSPEND -> moderateMember(moderator, action, reason);
        }
    }

    private void moderatePost(Viewer viewer, Member moderator, ModerationAction action, String reason) {
        long postId = required("postId", action.postId());
        Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
        Discussion discussion = moderatedDiscussion(viewer, moderator, post);
        Instant now = Instant.now();
        boolean hide = action.action() == ModerationAction.Kind.HIDE;
        List<PostFlag> open = openFlags(postId);
        AuditAction done;
        if (hide) {
            post.hide(moderator.getId(), now);
            done = AuditAction.HIDE_POST;
        } else {
            done = post.isHidden() ? AuditAction.RESTORE_POST : AuditAction.DISMISS_FLAGS;
            post.unhide();
        }
        open.forEach(flag -> flag.resolve(
                moderator.getId(), hide ? PostFlag.Resolution.UPHELD : PostFlag.Resolution.DISMISSED, now));
        audit.record(
                moderator.getId(),
                done,
                postTarget(post, discussion),
                reason,
                open.isEmpty()
                        ? null
                        : open.size()
                                + (open.size() == 1 ? " open flag " : " open flags ")
                                + (hide ? "upheld" : "dismissed"));
        changeLog.record(Subject.POST, post.getId(), hide ? ChangeKind.HIDDEN : ChangeKind.SHOWN, viewer);
    }

    private void moderateDiscussion(Viewer viewer, Member moderator, ModerationAction action, String reason) {
        long discussionId = required("discussionId", action.discussionId());
        Discussion discussion = em.find(Discussion.class, discussionId, LockModeType.PESSIMISTIC_WRITE);
        if (discussion == null || discussion.getDeletedAt() != null) {
            throw new NotFoundException("Discussion");
        }
        requireModerates(viewer, moderator, discussion, "Discussion");
        AuditTarget target = AuditTarget.discussion(discussion.getId(), discussion.getTitle());
        ChangeKind done = switch (action.action()) {
            case LOCK -> {
                discussion.lock(moderator.getId(), Instant.now());
                audit.record(moderator.getId(), AuditAction.LOCK_DISCUSSION, target, reason, null);
                yield ChangeKind.LOCKED;
            }
            case UNLOCK -> {
                discussion.unlock();
                audit.record(moderator.getId(), AuditAction.UNLOCK_DISCUSSION, target, reason, null);
                yield ChangeKind.UNLOCKED;
            }
            default -> {
                move(viewer, moderator, discussion, action.groupSlug(), reason, target);
                yield ChangeKind.MOVED;
            }
        };
        // the discussion's change rewrites its replies' documents too (they carry its group)
        changeLog.record(Subject.DISCUSSION, discussion.getId(), done, viewer);
    }

    /** Moving needs the right to moderate both groups: it shows the discussion to the other group's readers. */
    private void move(
            Viewer viewer, Member moderator, Discussion discussion, String slug, String reason, AuditTarget target) {
        if (slug == null || slug.isBlank()) {
            throw new InvalidInputException("groupSlug", "must name the group to move the discussion to");
        }
        if (discussion.getGroup() == null) {
            throw new InvalidInputException(
                    "groupSlug",
                    "only a group's discussions move: an update stays with its project, a message with its conversation");
        }
        Group from = discussion.getGroup();
        GroupAccess to;
        try {
            to = groups.findGroup(viewer, slug.strip());
        } catch (NotFoundException e) {
            throw new InvalidInputException("groupSlug", "is not a group you can see");
        }
        if (!to.canModerate() && !moderator.isSiteModerator()) {
            throw new ForbiddenException("you can only move a discussion to a group you moderate");
        }
        if (to.group().getId().equals(from.getId())) {
            throw new InvalidInputException("groupSlug", "the discussion is already in that group");
        }
        discussion.moveTo(to.group());
        audit.record(
                moderator.getId(),
                AuditAction.MOVE_DISCUSSION,
                target,
                reason,
                "from " + from.getName() + " to " + to.group().getName());
    }

    private void moderateMember(Member moderator, ModerationAction action, String reason) {
        if (moderator == null || !moderator.isSiteModerator()) {
            throw new ForbiddenException("only site moderators suspend members");
        }
        long memberId = required("memberId", action.memberId());
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException("Member");
        }
        AuditTarget target = AuditTarget.member(member.getId(), member.getDisplayName());
        if (action.action() == ModerationAction.Kind.UNSUSPEND) {
            member.unsuspend();
            audit.record(moderator.getId(), AuditAction.UNSUSPEND_MEMBER, target, reason, null);
            return;
        }
        if (member.getId().equals(moderator.getId())) {
            throw new InvalidInputException("memberId", "you cannot suspend yourself");
        }
        if (member.isSiteModerator() && !moderator.isAdministrator()) {
            throw new ForbiddenException("only administrators suspend the site's moderators");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "must say why the member is suspended (they are told)");
        }
        Instant now = Instant.now();
        Instant until = action.until();
        if (until == null || !until.isAfter(now)) {
            throw new InvalidInputException("until", "must be a time in the future");
        }
        if (until.isAfter(now.plus(LONGEST_SUSPENSION))) {
            throw new InvalidInputException("until", "must be within ten years");
        }
        member.suspend(until, reason);
        audit.record(
                moderator.getId(), AuditAction.SUSPEND_MEMBER, target, reason, "until " + Member.suspensionEnd(until));
    }

    private List<PostFlag> openFlags(long postId) {
        return em.createQuery(
                        "select f from PostFlag f where f.postId = :post and f.resolvedAt is null order by f.id",
                        PostFlag.class)
                .setParameter("post", postId)
                .getResultList();
    }

    /** The post's discussion if the viewer may read it; NotFoundException otherwise. */
    private Discussion readableDiscussion(Viewer viewer, Post post) {
        Discussion discussion = liveDiscussionOf(post);
        ConversationAccess access;
        try {
            access = discussions.placeAccess(viewer, discussion);
        } catch (NotFoundException e) {
            throw new NotFoundException("Post");
        }
        // a hidden post is read by its author and the place's moderators only
        if (post.isHidden()
                && !access.canModerate()
                && !viewer.is(post.getAuthor().getId())) {
            throw new NotFoundException("Post");
        }
        return discussion;
    }

    /** For a post: site moderators reach it wherever it is; others as its group allows (404 / 403). */
    private Discussion moderatedDiscussion(Viewer viewer, Member moderator, Post post) {
        Discussion discussion = liveDiscussionOf(post);
        requireModerates(viewer, moderator, discussion, "Post");
        return discussion;
    }

    /** The discussion of a post that exists and is not deleted, nor its discussion; NotFoundException otherwise. */
    private Discussion liveDiscussionOf(Post post) {
        Discussion discussion =
                post == null || post.isDeleted() ? null : em.find(Discussion.class, post.getDiscussionId());
        if (discussion == null || discussion.getDeletedAt() != null) {
            throw new NotFoundException("Post");
        }
        return discussion;
    }

    private void requireModerates(Viewer viewer, Member moderator, Discussion discussion, String what) {
        if (moderator != null && moderator.isSiteModerator()) {
            return;
        }
        ConversationAccess access;
        try {
            access = discussions.placeAccess(viewer, discussion);
        } catch (NotFoundException e) {
            throw new NotFoundException(what);
        }
        if (!access.canModerate()) {
            throw new ForbiddenException("only the group's owners and moderators, or the site's, can do that");
        }
    }

    private Member signedIn(Viewer viewer) {
        return viewer.signedIn() ? em.find(Member.class, viewer.memberId()) : null;
    }

    private static long required(String field, Long id) {
        if (id == null) {
            throw new InvalidInputException(field, "is needed for this action");
        }
        return id;
    }

    private static AuditTarget postTarget(Post post, Discussion discussion) {
        String where = discussion.getTitle() == null ? "discussion " + discussion.getId() : discussion.getTitle();
        return AuditTarget.post(post.getId(), "Post " + post.getNumber() + " in " + where);
    }
}
