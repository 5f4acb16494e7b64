package org.qicommons.project.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.qicommons.api.MemberRef;
import org.qicommons.api.MemberRef.OrganisationRef;
import org.qicommons.project.ChangeIdea;
import org.qicommons.project.Measure;
import org.qicommons.project.PdsaCycle;
import org.qicommons.project.Project;
import org.qicommons.project.ProjectSummary;
import org.qicommons.project.ProjectView;

/** A project as the API answers it; enums by name, dates as yyyy-mm-dd. */
public record ProjectJson(
        long id,
        String title,
        String summary,
        String aim,
        String problem,
        String setting,
        String stage,
        LocalDate stageSince,
        List<StageJson> stages,
        String reach,
        GroupJson group,
        MemberRef lead,
        List<TeamMemberJson> team,
        List<OrganisationRef> organisations,
        List<String> equityFocus,
        String core20plus5,
        String dataQuality,
        String learning,
        List<String> tags,
        List<GroupJson> discussedIn,
        List<MeasureJson> measures,
        List<ChangeIdeaJson> changeIdeas,
        List<CycleJson> cycles,
        Instant createdAt,
        Instant updatedAt,
        boolean canChange) {

    public record StageJson(String stage, LocalDate since) {}

    public record GroupJson(long id, String slug, String name) {
        static GroupJson of(ProjectView.GroupLink link) {
            return link == null ? null : new GroupJson(link.id(), link.slug(), link.name());
        }
    }

    public record TeamMemberJson(MemberRef member, String role, Instant since) {}

    public record MeasureJson(long id, String kind, String name, String definition, Instant createdAt) {
        static MeasureJson of(Measure measure) {
            return new MeasureJson(
                    measure.getId(),
                    measure.getKind().name(),
                    measure.getName(),
                    measure.getDefinition(),
                    measure.getCreatedAt());
        }
    }

    public record ChangeIdeaJson(long id, String description, Instant createdAt) {
        static ChangeIdeaJson of(ChangeIdea idea) {
            return new ChangeIdeaJson(idea.getId(), idea.getDescription(), idea.getCreatedAt());
        }
    }

    public record CycleJson(
            long id,
            String title,
            String plan,
            String prediction,
            String doNotes,
            String study,
            String act,
            String actNotes,
            LocalDate startedOn,
            LocalDate endedOn,
            Instant createdAt) {
        static CycleJson of(PdsaCycle cycle) {
            return new CycleJson(
                    cycle.getId(),
                    cycle.getTitle(),
                    cycle.getPlan(),
                    cycle.getPrediction(),
                    cycle.getDoNotes(),
                    cycle.getStudy(),
                    cycle.getAct() == null ? null : cycle.getAct().name(),
                    cycle.getActNotes(),
                    cycle.getStartedOn(),
                    cycle.getEndedOn(),
                    cycle.getCreatedAt());
        }
    }

    /** A project in a list: what it is and where it stands, without its parts. */
    public record ProjectListItemJson(
            long id,
            String title,
            String summary,
            String setting,
            String stage,
            String reach,
            MemberRef lead,
            List<OrganisationRef> organisations,
            List<String> equityFocus,
            List<String> tags,
            Instant updatedAt) {
        static ProjectListItemJson of(ProjectSummary summary) {
            Project project = summary.project();
            return new ProjectListItemJson(
                    project.getId(),
                    project.getTitle(),
                    project.getSummary(),
                    project.getSetting().name(),
                    project.getStage().name(),
                    project.getReach().name(),
                    summary.lead() == null ? null : MemberRef.of(summary.lead()),
                    summary.organisations().stream().map(OrganisationRef::of).toList(),
                    names(project.getEquityFocus()),
                    List.copyOf(project.getTags()),
                    project.getUpdatedAt());
        }
    }

    public record ProjectListJson(
            List<ProjectListItemJson> projects, long total, int page, int size, boolean hasMore) {}

    static ProjectJson of(ProjectView view) {
        Project project = view.project();
        return new ProjectJson(
                project.getId(),
                project.getTitle(),
                project.getSummary(),
                project.getAim(),
                project.getProblem(),
                project.getSetting().name(),
                project.getStage().name(),
                project.getStageSince(),
                project.getStages().stream()
                        .map(entry -> new StageJson(entry.stage().name(), entry.since()))
                        .toList(),
                project.getReach().name(),
                GroupJson.of(view.group()),
                MemberRef.of(view.lead().member()),
                view.team().stream()
                        .map(member -> new TeamMemberJson(
                                MemberRef.of(member.member()), member.role().name(), member.since()))
                        .toList(),
                view.organisations().stream().map(OrganisationRef::of).toList(),
                names(project.getEquityFocus()),
                project.getCore20plus5() == null
                        ? null
                        : project.getCore20plus5().name(),
                project.getDataQuality(),
                project.getLearning(),
                List.copyOf(project.getTags()),
                view.discussedIn().stream().map(GroupJson::of).toList(),
                view.measures().stream().map(MeasureJson::of).toList(),
                view.changeIdeas().stream().map(ChangeIdeaJson::of).toList(),
                view.cycles().stream().map(CycleJson::of).toList(),
                project.getCreatedAt(),
                project.getUpdatedAt(),
                view.canChange());
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
