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
import java.time.LocalDate;

/**
 * One Plan-Do-Study-Act cycle: the plan with its prediction (written before, so the study can compare),
 * what was done, what the data showed, and the decision: adopt, adapt or abandon. A cycle with no
 * decision is still running.
 */
@Entity
@Table(name = "pdsa_cycle")
public class PdsaCycle {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pdsa_cycle_seq")
    @SequenceGenerator(name = "pdsa_cycle_seq", sequenceName = "pdsa_cycle_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id")
    private Long projectId;

    private String title;
    private String plan;
    private String prediction;

    @Column(name = "do_notes")
    private String doNotes;

    private String study;

    @Enumerated(EnumType.STRING)
    private PdsaDecision act;

    @Column(name = "act_notes")
    private String actNotes;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected PdsaCycle() {}

    public PdsaCycle(long projectId, long createdBy, Instant createdAt, CycleRecord record) {
        this.projectId = projectId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(record);
    }

    public void change(CycleRecord record) {
        this.title = record.title();
        this.plan = record.plan();
        this.prediction = record.prediction();
        this.doNotes = record.doNotes();
        this.study = record.study();
        this.act = record.act();
        this.actNotes = record.actNotes();
        this.startedOn = record.startedOn();
        this.endedOn = record.endedOn();
    }

    /** A cycle's fields, checked. */
    public record CycleRecord(
            String title,
            String plan,
            String prediction,
            String doNotes,
            String study,
            PdsaDecision act,
            String actNotes,
            LocalDate startedOn,
            LocalDate endedOn) {}

    public boolean isRunning() {
        return act == null;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public String getPlan() {
        return plan;
    }

    public String getPrediction() {
        return prediction;
    }

    public String getDoNotes() {
        return doNotes;
    }

    public String getStudy() {
        return study;
    }

    public PdsaDecision getAct() {
        return act;
    }

    public String getActNotes() {
        return actNotes;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
