package org.qicommons.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a project counts to know whether a change is an improvement: an outcome, a process or a
 * balancing measure, with the operational definition that says exactly how it is counted.
 */
@Entity
@Table(name = "project_measure")
public class Measure {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_measure_seq")
    @SequenceGenerator(name = "project_measure_seq", sequenceName = "project_measure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    private MeasureKind kind;

    private String name;
    private String definition;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Measure() {}

    public Measure(long projectId, MeasureKind kind, String name, String definition, Instant createdAt) {
        this.projectId = projectId;
        this.createdAt = createdAt;
        change(kind, name, definition);
    }

    public void change(MeasureKind kind, String name, String definition) {
        this.kind = kind;
        this.name = name;
        this.definition = definition;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
