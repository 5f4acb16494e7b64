package org.qicommons.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something the team thinks could lead to an improvement, to be tested in PDSA cycles. */
@Entity
@Table(name = "project_change_idea")
public class ChangeIdea {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_change_idea_seq")
    @SequenceGenerator(name = "project_change_idea_seq", sequenceName = "project_change_idea_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id")
    private Long projectId;

    private String description;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ChangeIdea() {}

    public ChangeIdea(long projectId, String description, Instant createdAt) {
        this.projectId = projectId;
        this.description = description;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
