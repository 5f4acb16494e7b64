package org.qicommons.project;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qicommons.access.Audience;
import org.qicommons.access.Reach;

/**
 * An improvement project: its aim and the problem it addresses, where and how far it has gone, whose
 * outcomes it aims to even out, who runs it and what it has learned. Measures, change ideas and PDSA
 * cycles are entities of their own that name the project ({@link Measure}, {@link ChangeIdea},
 * {@link PdsaCycle}); the team, stages, organisations, tags and groups are part of this row.
 */
@Entity
@Table(name = "project")
public class Project {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    private String title;
    private String summary;
    private String aim;
    private String problem;

    @Enumerated(EnumType.STRING)
    private Setting setting;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private Reach reach;

    /** The group it is private to, when {@link #reach} is GROUP. */
    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "lead_id")
    private Long leadId;

    @Enumerated(EnumType.STRING)
    private Core20Plus5 core20plus5;

    @Column(name = "data_quality")
    private String dataQuality;

    private String learning;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "project_team", joinColumns = @JoinColumn(name = "project_id"))
    private Set<TeamPlace> team = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_stage", joinColumns = @JoinColumn(name = "project_id"))
    private List<StageEntry> stages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_organisation", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "project_equity_focus", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "focus")
    private Set<EquityFocus> equityFocus = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_tag", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    /** Groups where the project is discussed: links, not an audience. */
    @ElementCollection
    @CollectionTable(name = "project_group", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "group_id")
    private Set<Long> discussedIn = new HashSet<>();

    protected Project() {}

    public Project(long leadId, Instant createdAt) {
        this.leadId = leadId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        team.add(new TeamPlace(leadId, TeamRole.LEAD, createdAt));
    }

    /** Sets what the project's form holds; a new stage (or a new date for it) is recorded in the history. */
    public void describe(ProjectDescription description, Instant at) {
        this.title = description.title();
        this.summary = description.summary();
        this.aim = description.aim();
        this.problem = description.problem();
        this.setting = description.setting();
        this.reach = description.reach();
        this.groupId = description.groupId();
        this.core20plus5 = description.core20plus5();
        this.dataQuality = description.dataQuality();
        this.learning = description.learning();
        replace(equityFocus, description.equityFocus());
        replace(tags, description.tags());
        replace(discussedIn, description.discussedIn());
        enterStage(description.stage(), description.stageSince());
        this.updatedAt = at;
    }

    private void enterStage(Stage next, LocalDate since) {
        Optional<StageEntry> current = currentStage();
        if (current.isEmpty() || current.get().stage() != next) {
            stages.add(new StageEntry(next, since));
        } else if (!current.get().since().equals(since)) {
            stages.remove(current.get());
            stages.add(new StageEntry(next, since));
        }
        this.stage = next;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public void addToTeam(long memberId, Instant at) {
        if (!isOnTeam(memberId)) {
            team.add(new TeamPlace(memberId, TeamRole.MEMBER, at));
            updatedAt = at;
        }
    }

    /** The lead stays: a project always has one (hand over first). */
    public void removeFromTeam(long memberId, Instant at) {
        if (memberId == leadId) {
            throw new IllegalStateException("the lead cannot leave the team");
        }
        if (team.removeIf(place -> place.memberId() == memberId)) {
            updatedAt = at;
        }
    }

    public void involve(Long organisationId) {
        if (organisationId != null) {
            organisationIds.add(organisationId);
        }
    }

    public void setOrganisations(Set<Long> ids) {
        replace(organisationIds, ids);
    }

    /** Something inside the project (a measure, a cycle) changed: lists order by this. */
    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public boolean isOnTeam(Long memberId) {
        return memberId != null && team.stream().anyMatch(place -> place.memberId() == memberId);
    }

    /** Who may read it, for the access policy (shares to organisations are added by the caller). */
    public Audience audience(Set<Long> sharedWith) {
        return new Audience(reach, groupId, teamIds(), sharedWith);
    }

    public Set<Long> teamIds() {
        Set<Long> ids = new HashSet<>();
        team.forEach(place -> ids.add(place.memberId()));
        return ids;
    }

    /** The team, lead first, then by when they joined. */
    public List<TeamPlace> getTeam() {
        return team.stream()
                .sorted(Comparator.comparing((TeamPlace place) -> place.role() != TeamRole.LEAD)
                        .thenComparing(TeamPlace::addedAt))
                .toList();
    }

    /** The stages it went through, oldest first. */
    public List<StageEntry> getStages() {
        return stages.stream().sorted(Comparator.comparing(StageEntry::since)).toList();
    }

    public Optional<StageEntry> currentStage() {
        return stages.stream().reduce((first, second) -> second);
    }

    public LocalDate getStageSince() {
        return currentStage().map(StageEntry::since).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getAim() {
        return aim;
    }

    public String getProblem() {
        return problem;
    }

    public Setting getSetting() {
        return setting;
    }

    public Stage getStage() {
        return stage;
    }

    public Reach getReach() {
        return reach;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getLeadId() {
        return leadId;
    }

    public Core20Plus5 getCore20plus5() {
        return core20plus5;
    }

    public String getDataQuality() {
        return dataQuality;
    }

    public String getLearning() {
        return learning;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    /** In the order the enum lists them (the order pages show). */
    public Set<EquityFocus> getEquityFocus() {
        return equityFocus.isEmpty() ? EnumSet.noneOf(EquityFocus.class) : EnumSet.copyOf(equityFocus);
    }

    /** Alphabetical. */
    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }

    public Set<Long> getDiscussedIn() {
        return Set.copyOf(discussedIn);
    }
}
