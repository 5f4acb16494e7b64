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
import org.qicommons.member.Member;

/**
 * One post: the opening update of a discussion (number 1, no replyTo) or a reply to another post of
 * the same discussion. Related posts are held by id, not as entities, so reading a thread never
 * loads posts one by one.
 */
@Entity
@Table(name = "post")
public class Post {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    private Long id;

    @Column(name = "discussion_id")
    private Long discussionId;

    @Column(name = "post_number")
    private int number;

    @Column(name = "reply_to_id")
    private Long replyToId;

    @Column(name = "thread_path")
    private String threadPath;

    private int depth;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Member author;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by_id")
    private Long hiddenById;

    @Column(name = "cooked_html")
    private String cookedHtml;

    @Column(name = "cooked_excerpt")
    private String cookedExcerpt;

    @Column(name = "cooked_version")
    private Integer cookedVersion;

    @Version
    private long version;

    protected Post() {}

    private Post(
            Long discussionId,
            int number,
            Long replyToId,
            String threadPath,
            Member author,
            String body,
            Instant createdAt) {
        this.discussionId = discussionId;
        this.number = number;
        this.replyToId = replyToId;
        this.threadPath = threadPath;
        this.depth = ThreadPath.depth(threadPath);
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public static Post opening(Discussion discussion, int number, Member author, String body, Instant at) {
        return new Post(discussion.getId(), number, null, ThreadPath.root(number), author, body, at);
    }

    public Post reply(int number, Member author, String body, Instant at) {
        return new Post(discussionId, number, id, ThreadPath.child(threadPath, number), author, body, at);
    }

    /** Replaces the text; returns the revision that keeps the text it had before. */
    public PostRevision edit(String newBody, Member editor, Instant at) {
        PostRevision previous = new PostRevision(id, editor, editedAt == null ? createdAt : editedAt, at, body);
        this.body = newBody;
        this.editedAt = at;
        return previous;
    }

    public void delete(Instant at) {
        this.deletedAt = at;
    }

    public void hide(long moderatorId, Instant at) {
        this.hiddenAt = at;
        this.hiddenById = moderatorId;
    }

    /** Hidden by the site after enough members flagged it, until a moderator reviews it. */
    public void hidePendingReview(Instant at) {
        this.hiddenAt = at;
        this.hiddenById = null;
    }

    public void unhide() {
        this.hiddenAt = null;
        this.hiddenById = null;
    }

    public boolean isOpening() {
        return replyToId == null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getDiscussionId() {
        return discussionId;
    }

    public int getNumber() {
        return number;
    }

    public Long getReplyToId() {
        return replyToId;
    }

    public String getThreadPath() {
        return threadPath;
    }

    public int getDepth() {
        return depth;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    /** Grows with every change to the post (optimistic locking), so (id, version) names one revision. */
    public long getVersion() {
        return version;
    }

    /** Keeps the text as rendered by renderer {@code rendererVersion}, so views need not render it. */
    public void cook(String html, String excerpt, int rendererVersion) {
        this.cookedHtml = html;
        this.cookedExcerpt = excerpt;
        this.cookedVersion = rendererVersion;
    }

    /** The HTML kept by {@link #cook}, if the given renderer made it; else null. */
    public String cookedHtml(int rendererVersion) {
        return cookedVersion != null && cookedVersion == rendererVersion ? cookedHtml : null;
    }

    /** The excerpt kept by {@link #cook}, if the given renderer made it; else null. */
    public String cookedExcerpt(int rendererVersion) {
        return cookedVersion != null && cookedVersion == rendererVersion ? cookedExcerpt : null;
    }
}
