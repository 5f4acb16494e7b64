package org.qicommons.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.qicommons.group.Group;
import org.qicommons.member.Member;

/**
 * A conversation started by an update (its first post), in one place: a group, a project's update
 * stream (then {@code group} is null and {@code projectId} names the project), or a private
 * conversation between members ({@code conversationId}).
 */
@Entity
@Table(name = "discussion")
public class Discussion {
    /** The number of a discussion's first post, its opening update. */
    public static final int FIRST_POST_NUMBER = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discussion_seq")
    @SequenceGenerator(name = "discussion_seq", sequenceName = "discussion_seq", allocationSize = 50)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "group_id")
    private Group group;

    /** The project whose update stream this is; null for a discussion in a group. */
    @Column(name = "project_id")
    private Long projectId;

    /** The private conversation this is; null elsewhere. */
    @Column(name = "conversation_id")
    private Long conversationId;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Member author;

    private String title;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    /** Posts that are not deleted, the opening post included. */
    @Column(name = "post_count")
    private int postCount;

    @Column(name = "next_post_number")
    private int nextPostNumber;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "locked_by_id")
    private Long lockedById;

    @Version
    private long version;

    protected Discussion() {}

    public Discussion(Group group, Member author, String title, Instant createdAt) {
        this.group = group;
        this.author = author;
        this.title = title;
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
        this.nextPostNumber = FIRST_POST_NUMBER;
    }

    /** An update on a project: a discussion in the project's update stream. */
    public static Discussion onProject(long projectId, Member author, String title, Instant createdAt) {
        Discussion discussion = new Discussion(null, author, title, createdAt);
        discussion.projectId = projectId;
        return discussion;
    }

    /** A private conversation's thread: its first message and the replies to it. */
    public static Discussion inConversation(long conversationId, Member author, String title, Instant createdAt) {
        Discussion discussion = new Discussion(null, author, title, createdAt);
        discussion.conversationId = conversationId;
        return discussion;
    }

    /** Takes the next post number for a new post and counts the post as activity. */
    public int takePostNumber(Instant at) {
        if (nextPostNumber > ThreadPath.MAX_POST_NUMBER) {
            throw new IllegalStateException("discussion is full");
        }
        postCount++;
        lastActivityAt = at;
        return nextPostNumber++;
    }

    public void postRemoved() {
        postCount--;
    }

    public void retitle(String title) {
        this.title = title;
    }

    public void markDeleted(Instant at) {
        this.deletedAt = at;
    }

    /** A moderator closes the discussion to new replies and edits (moderators still can). */
    public void lock(long moderatorId, Instant at) {
        this.lockedAt = at;
        this.lockedById = moderatorId;
    }

    public void unlock() {
        this.lockedAt = null;
        this.lockedById = null;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    /** A moderator moves the discussion, with all its posts, to another group. */
    public void moveTo(Group group) {
        this.group = group;
    }

    public boolean isFull() {
        return nextPostNumber > ThreadPath.MAX_POST_NUMBER;
    }

    public Long getId() {
        return id;
    }

    /** The group it takes place in; null for an update on a project. */
    public Group getGroup() {
        return group;
    }

    public Long getProjectId() {
        return projectId;
    }

    public boolean isOnProject() {
        return projectId != null;
    }

    public Long getConversationId() {
        return conversationId;
    }

    /** A private conversation between members, not a discussion in a group or on a project. */
    public boolean isPrivate() {
        return conversationId != null;
    }

    public Member getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getPostCount() {
        return postCount;
    }

    /** Replies, i.e. posts other than the opening one. */
    public int getReplyCount() {
        return Math.max(0, postCount - 1);
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    /** The number the next post will take; every number below it has been taken. */
    public int getNextPostNumber() {
        return nextPostNumber;
    }
}
