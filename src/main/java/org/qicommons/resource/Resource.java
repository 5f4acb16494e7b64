package org.qicommons.resource;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.qicommons.access.Audience;
import org.qicommons.access.Reach;

/** A tool or piece of learning shared on QI Commons: an uploaded file or a link. */
@Entity
@Table(name = "resource")
public class Resource {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_seq")
    @SequenceGenerator(name = "resource_seq", sequenceName = "resource_seq", allocationSize = 50)
    private Long id;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type")
    private ResourceType type;

    @Enumerated(EnumType.STRING)
    private Licence licence;

    @Enumerated(EnumType.STRING)
    private Reach reach;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "author_id")
    private Long authorId;

    /** The organisation that made it (the author's, where it vouches for them), or none. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "link_url")
    private String linkUrl;

    @Column(name = "file_key")
    private String fileKey;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "file_size")
    private Long fileSize;

    private String sha256;

    @Column(name = "preview_key")
    private String previewKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "resource_project", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "project_id")
    private Set<Long> projectIds = new HashSet<>();

    /** Groups it is related to (used or discussed in): links, not an audience. */
    @ElementCollection
    @CollectionTable(name = "resource_group", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "group_id")
    private Set<Long> relatedGroupIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "resource_tag", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    protected Resource() {}

    public Resource(long authorId, Long organisationId, Instant createdAt) {
        this.authorId = authorId;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** What the form says about it. */
    public void describe(
            String title,
            String description,
            ResourceType type,
            Licence licence,
            Reach reach,
            Long groupId,
            Set<Long> projectIds,
            Set<Long> relatedGroupIds,
            Set<String> tags,
            Instant at) {
        this.title = title;
        this.description = description;
        this.type = type;
        this.licence = licence;
        this.reach = reach;
        this.groupId = groupId;
        this.projectIds.retainAll(projectIds);
        this.projectIds.addAll(projectIds);
        this.relatedGroupIds.retainAll(relatedGroupIds);
        this.relatedGroupIds.addAll(relatedGroupIds);
        this.tags.retainAll(tags);
        this.tags.addAll(tags);
        this.updatedAt = at;
    }

    public void link(String url) {
        this.linkUrl = url;
    }

    /** The uploaded file: its key in the store, the name it came with, its type read from its bytes. */
    public void attach(String key, String name, String mediaType, long size, String sha256, String previewKey) {
        this.fileKey = key;
        this.fileName = name;
        this.mediaType = mediaType;
        this.fileSize = size;
        this.sha256 = sha256;
        this.previewKey = previewKey;
    }

    /** Its author alone is its team: they change it, and read it whatever its reach. */
    public Audience audience(Set<Long> sharedWith) {
        return new Audience(reach, groupId, Set.of(authorId), sharedWith);
    }

    public boolean isFile() {
        return fileKey != null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ResourceType getType() {
        return type;
    }

    public Licence getLicence() {
        return licence;
    }

    public Reach getReach() {
        return reach;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getPreviewKey() {
        return previewKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getProjectIds() {
        return Set.copyOf(projectIds);
    }

    public Set<Long> getRelatedGroupIds() {
        return Set.copyOf(relatedGroupIds);
    }

    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }
}
