package org.qicommons.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** "We adapted this": a member (and their organisation) took a resource up, in one of their projects or not. */
@Entity
@Table(name = "resource_adaptation")
public class Adaptation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_adaptation_seq")
    @SequenceGenerator(name = "resource_adaptation_seq", sequenceName = "resource_adaptation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "project_id")
    private Long projectId;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Adaptation() {}

    public Adaptation(long resourceId, long memberId, Long organisationId, Long projectId, String note, Instant at) {
        this.resourceId = resourceId;
        this.memberId = memberId;
        this.organisationId = organisationId;
        this.projectId = projectId;
        this.note = note;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
