package org.qicommons.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.change.Change;
import org.qicommons.change.ChangeCursors;
import org.qicommons.change.ChangeFeed;
import org.qicommons.change.ChangeKind;
import org.qicommons.discussion.ConversationPlaces;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.Post;
import org.qicommons.discussion.PostInPlace;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.MembershipStatus;
import org.qicommons.member.Member;
import org.qicommons.member.Viewer;
import org.qicommons.message.MessageService;
import org.qicommons.notification.Follow;
import org.qicommons.notification.FollowLevel;
import org.qicommons.notification.FollowTarget;
import org.qicommons.notification.Notification;
import org.qicommons.notification.Reason;

/**
 * Turns change-log entries into notifications, one pass at a time. A pass locks the cursor row,
 * reads the entries after it, writes their notifications and moves the cursor, all in one
 * transaction: a crash (even kill -9) rolls back the notifications with the cursor, and the next
 * pass makes them again, so none is lost and none doubled; the lock keeps two nodes from running a
 * pass at once.
 *
 * <p>Sequence numbers are taken at insert, not at commit, so entry 7 can be read while 6 is still
 * being written. A pass stops before a gap until the entry after it is {@code
 * qic.notifications.gap.seconds} (30) old; by then the missing entry's transaction has rolled back
 * (or it would have committed long before). Longer than the search index's grace: a notification
 * skipped by mistake is lost, whereas the index can be rebuilt.
 *
 * <p>Whether a recipient may read the post is checked here, and again whenever the notification is
 * shown: someone who cannot read it is not notified, and stops seeing the notification once they
 * cannot.
 */
@ApplicationScoped
public class Notifier {
    static final String CONSUMER = "notifications";
    /** How long a gap may stay open before it is taken as a rolled-back transaction. */
    @Inject
    @ConfigProperty(name = "qic.notifications.gap.seconds", defaultValue = "30")
    int gapSeconds;

    /**
     * A mention as the editor writes it when a member is picked after "@": a link to their profile
     * whose text starts with "@".
     */
    static final Pattern MENTION =
            Pattern.compile("\\[@[^\\]\\n]{1,100}\\]\\(/member/view\\.xhtml\\?id=(\\d{1,18})\\)");
    /** More mentions in one post than this are not all notified: a post is not a mailing list. */
    static final int MAX_MENTIONS = 10;

    private static final int BATCH = 200;

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    ChangeCursors cursors;

    @Inject
    ChangeFeed feed;

    @Inject
    Follows follows;

    @Inject
    DiscussionService discussions;

    @Inject
    NotificationMail mail;

    @Inject
    RecipientReads reads;

    @Inject
    ConversationPlaces conversations;

    @Inject
    MessageService messages;

    /** One pass: how many entries it read (0 when it is up to date, or waiting at a gap). */
    @Transactional
    public int pass() {
        long position = cursors.lock(CONSUMER);
        List<Change> changes = feed.after(position, BATCH);
        Instant settled = Instant.now().minus(Duration.ofSeconds(gapSeconds));
        long reached = position;
        int read = 0;
        for (Change change : changes) {
            if (change.seq() != reached + 1 && change.at().isAfter(settled)) {
                break; // an earlier entry may still commit
            }
            handle(change);
            reached = change.seq();
            read++;
        }
        if (reached != position) {
            cursors.advance(CONSUMER, reached);
        }
        return read;
    }

    private void handle(Change change) {
        switch (change.subject()) {
            case POST -> {
                if (change.kind() == ChangeKind.CREATED) {
                    postWritten(change);
                }
            }
            case DISCUSSION -> {
                if (change.kind() == ChangeKind.CREATED) {
                    discussionStarted(change);
                }
            }
            case MEMBERSHIP -> {
                if (change.kind() == ChangeKind.REQUESTED) {
                    joinRequested(change);
                }
            }
            default -> {
                // nothing to tell anyone (yet)
            }
        }
    }

    /** A reply: to the author of the post it answers, and to the discussion's followers. */
    private void postWritten(Change change) {
        Post post = em.find(Post.class, change.subjectId());
        if (post == null || post.isOpening()) {
            return; // the opening update is announced as its discussion
        }
        Discussion discussion = em.find(Discussion.class, post.getDiscussionId());
        long author = post.getAuthor().getId();
        // replying to a discussion follows it
        follows.followUnlessChosen(author, FollowTarget.DISCUSSION, discussion.getId(), FollowLevel.EVERYTHING);
        Map<Long, Reason> recipients = new LinkedHashMap<>();
        List<Follow> followers = follows.followersOf(FollowTarget.DISCUSSION, discussion.getId());
        if (discussion.isPrivate()) {
            // a reply in a private conversation is a message to everyone else in it
            participants(discussion).forEach(id -> recipients.put(id, Reason.MESSAGE));
        }
        if (post.getReplyToId() != null && !discussion.isPrivate()) {
            Post parent = em.find(Post.class, post.getReplyToId());
            if (parent != null && !parent.isDeleted()) {
                recipients.put(parent.getAuthor().getId(), Reason.REPLY_TO_YOU);
            }
        }
        mentioned(post.getBody()).forEach(id -> recipients.putIfAbsent(id, Reason.MENTION));
        if (!discussion.isPrivate()) {
            addFollowersOf(recipients, FollowTarget.MEMBER, author, Reason.POST_BY_FOLLOWED_MEMBER);
        }
        followers.stream()
                .filter(f -> f.getLevel() == FollowLevel.EVERYTHING)
                .forEach(f -> recipients.putIfAbsent(f.getMemberId(), Reason.REPLY_IN_FOLLOWED_DISCUSSION));
        followers.stream()
                .filter(f -> f.getLevel() == FollowLevel.MUTED)
                .forEach(f -> recipients.remove(f.getMemberId()));
        recipients.remove(author);
        notifyAboutPost(change, recipients, author, post.getId(), discussion.getId(), post.getCreatedAt());
    }

    /** A new discussion: to the followers of its group or project, and of its author. */
    private void discussionStarted(Change change) {
        Discussion discussion = em.find(Discussion.class, change.subjectId());
        if (discussion == null || discussion.getDeletedAt() != null) {
            return;
        }
        long author = discussion.getAuthor().getId();
        follows.followUnlessChosen(author, FollowTarget.DISCUSSION, discussion.getId(), FollowLevel.EVERYTHING);
        Post opening = em.createQuery(
                        "select p from Post p where p.discussionId = :id and p.number = "
                                + Discussion.FIRST_POST_NUMBER,
                        Post.class)
                .setParameter("id", discussion.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (opening == null) {
            return;
        }
        Map<Long, Reason> recipients = new LinkedHashMap<>();
        if (discussion.isPrivate()) {
            participants(discussion).forEach(id -> recipients.put(id, Reason.MESSAGE));
        }
        mentioned(opening.getBody()).forEach(id -> recipients.putIfAbsent(id, Reason.MENTION));
        if (discussion.isPrivate()) {
            // nothing else: followers of the author hear nothing of their private messages
        } else if (discussion.isOnProject()) {
            addFollowersOf(recipients, FollowTarget.PROJECT, discussion.getProjectId(), Reason.UPDATE_ON_PROJECT);
        } else {
            addFollowersOf(
                    recipients, FollowTarget.GROUP, discussion.getGroup().getId(), Reason.NEW_DISCUSSION_IN_GROUP);
        }
        if (!discussion.isPrivate()) {
            addFollowersOf(recipients, FollowTarget.MEMBER, author, Reason.POST_BY_FOLLOWED_MEMBER);
        }
        recipients.remove(author);
        notifyAboutPost(change, recipients, author, opening.getId(), discussion.getId(), discussion.getCreatedAt());
    }

    private Set<Long> participants(Discussion discussion) {
        return conversations.audience(discussion.getConversationId()).team();
    }

    /** The members a post mentions, in order, each once, at most {@link #MAX_MENTIONS}. */
    static Set<Long> mentioned(String body) {
        Set<Long> members = new LinkedHashSet<>();
        Matcher mention = MENTION.matcher(body == null ? "" : body);
        while (mention.find() && members.size() < MAX_MENTIONS) {
            members.add(Long.valueOf(mention.group(1)));
        }
        return members;
    }

    /** A request to join: to the group's owners and moderators. */
    private void joinRequested(Change change) {
        GroupMembership membership = em.find(GroupMembership.class, change.subjectId());
        if (membership == null || membership.getStatus() != MembershipStatus.REQUESTED) {
            return; // decided (or withdrawn) already
        }
        List<Long> moderators = em.createQuery(
                        "select m.member.id from GroupMembership m where m.groupId = :group"
                                + " and m.status = :active and m.role in :roles",
                        Long.class)
                .setParameter("group", membership.getGroupId())
                .setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("roles", List.of(GroupRole.OWNER, GroupRole.MODERATOR))
                .getResultList();
        for (Long moderator : moderators) {
            em.persist(Notification.aboutGroup(
                    moderator,
                    Reason.JOIN_REQUEST,
                    change.seq(),
                    membership.getMember().getId(),
                    membership.getGroupId(),
                    membership.getCreatedAt()));
        }
    }

    private void addFollowersOf(Map<Long, Reason> recipients, FollowTarget target, long id, Reason reason) {
        follows.followersOf(target, id).stream()
                .filter(f -> f.getLevel() == FollowLevel.EVERYTHING)
                .forEach(f -> recipients.putIfAbsent(f.getMemberId(), reason));
    }

    /**
     * Notifies each recipient who may read the post now (and who is still a member), as of when the
     * post was written.
     */
    private void notifyAboutPost(
            Change change, Map<Long, Reason> recipients, long actor, long postId, long discussionId, Instant at) {
        // nothing of a member is notified to someone who blocked them
        messages.blockersAmong(actor, recipients.keySet()).forEach(recipients::remove);
        recipients.forEach((recipientId, reason) -> {
            Member recipient = em.find(Member.class, recipientId);
            if (recipient == null) {
                return;
            }
            PostInPlace post = reads.post(Viewer.of(recipient), postId);
            if (post == null) {
                return;
            }
            em.persist(Notification.aboutPost(recipientId, reason, change.seq(), actor, postId, discussionId, at));
            if (reason == Reason.REPLY_TO_YOU || reason == Reason.MENTION || reason == Reason.MESSAGE) {
                mail.tell(recipient, post, reason);
            }
        });
    }
}
