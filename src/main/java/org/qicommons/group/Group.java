package org.qicommons.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A special-interest group. Its JPQL name is GroupEntity because GROUP is a JPQL keyword. */
@Entity(name = "GroupEntity")
@Table(name = "qi_group")
public class Group {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qi_group_seq")
    @SequenceGenerator(name = "qi_group_seq", sequenceName = "qi_group_seq", allocationSize = 50)
    private Long id;

    private String slug;

    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy")
    private JoinPolicy joinPolicy;

    @Column(name = "created_at")
    private Instant createdAt;

    /** When an owner archived the group (read-only since), or null. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected Group() {}

    public Group(
            String slug,
            String name,
            String description,
            Visibility visibility,
            JoinPolicy joinPolicy,
            Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.visibility = visibility;
        this.joinPolicy = joinPolicy;
        this.createdAt = createdAt;
    }

    public void change(String name, String description, Visibility visibility, JoinPolicy joinPolicy) {
        this.name = name;
        this.description = description;
        this.visibility = visibility;
        this.joinPolicy = joinPolicy;
    }

    public void archive(Instant when) {
        this.archivedAt = when;
    }

    public void restore() {
        this.archivedAt = null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
