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
import java.time.Instant;
import org.qicommons.member.Member;

/** A post's text as it was before an edit: who replaced it, when, and since when it had stood. */
@Entity
@Table(name = "post_revision")
public class PostRevision {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_revision_seq")
    @SequenceGenerator(name = "post_revision_seq", sequenceName = "post_revision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    @ManyToOne
    @JoinColumn(name = "editor_id")
    private Member editor;

    @Column(name = "written_at")
    private Instant writtenAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    private String body;

    protected PostRevision() {}

    PostRevision(Long postId, Member editor, Instant writtenAt, Instant replacedAt, String body) {
        this.postId = postId;
        this.editor = editor;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public Long getPostId() {
        return postId;
    }

    public Member getEditor() {
        return editor;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public String getBody() {
        return body;
    }
}
