package org.qicommons.project;

import java.util.List;
import java.util.Set;
import org.qicommons.member.Viewer;

/**
 * The use cases of QI projects. Reading follows {@link org.qicommons.access.AccessPolicy}: a project
 * the viewer may not read is "not found" (NotFoundException), exactly like one that does not exist;
 * one they may read but not change is ForbiddenException. Input is checked here and a bad field is
 * an InvalidInputException naming it.
 */
public interface ProjectService {
    int MAX_TITLE = 200;
    int MAX_SUMMARY = 2000;
    int MAX_AIM = 2000;
    int MAX_PROBLEM = 4000;
    int MAX_DATA_QUALITY = 4000;
    int MAX_LEARNING = 20000;
    int MAX_TAGS = 10;
    int MAX_TAG = 40;
    int MAX_MEASURE_NAME = 200;
    int MAX_DEFINITION = 2000;
    int MAX_CHANGE_IDEA = 1000;
    int MAX_CYCLE_TITLE = 200;
    int MAX_CYCLE_TEXT = 4000;
    int MAX_PREDICTION = 2000;
    int DEFAULT_PAGE_SIZE = 20;
    int MAX_PAGE_SIZE = 100;

    /** The signed-in member starts a project and leads it; their verified organisation is involved. */
    ProjectView startProject(Viewer lead, ProjectDraft draft);

    ProjectView findProject(Viewer viewer, long projectId);

    /** The team changes the project's own fields; a field left null in the draft keeps its value. */
    ProjectView changeProject(Viewer viewer, long projectId, ProjectDraft draft);

    /** The projects the viewer may read, most recently changed first, filtered. */
    ProjectList listProjects(Viewer viewer, ProjectFilter filter);

    /**
     * Shared learning: the public projects and those shared with the viewer's verified organisation,
     * filtered, most recently changed first; {@code since} (or null) keeps those changed from then on.
     */
    ProjectList listSharedLearning(Viewer viewer, ProjectFilter filter, java.time.Instant since);

    /** The projects an organisation is involved in that the viewer may read, most recently changed first. */
    ProjectList listProjectsOf(Viewer viewer, long organisationId, int page, int size);

    /** The projects a member is on the team of (leading or not) that the viewer may read, most recently changed first. */
    ProjectList listProjectsWith(Viewer viewer, long memberId, int page, int size);

    Measure addMeasure(Viewer viewer, long projectId, MeasureDraft draft);

    Measure changeMeasure(Viewer viewer, long projectId, long measureId, MeasureDraft draft);

    ChangeIdea addChangeIdea(Viewer viewer, long projectId, String description);

    PdsaCycle recordCycle(Viewer viewer, long projectId, CycleDraft draft);

    /** A field left null in the draft keeps its value. */
    PdsaCycle changeCycle(Viewer viewer, long projectId, long cycleId, CycleDraft draft);

    /** The team adds a member; the member's verified organisation becomes involved. */
    ProjectView addTeamMember(Viewer viewer, long projectId, long memberId);

    /** The team removes a member (not the lead), or a member leaves. */
    ProjectView removeTeamMember(Viewer viewer, long projectId, long memberId);

    /**
     * A project as the form and the API send it: text as typed, choices by name, the stage's date as
     * yyyy-mm-dd (today when left out).
     */
    record ProjectDraft(
            String title,
            String summary,
            String aim,
            String problem,
            String setting,
            String stage,
            String stageSince,
            String reach,
            Long groupId,
            Set<String> equityFocus,
            String core20plus5,
            String dataQuality,
            String learning,
            Set<String> tags,
            Set<Long> discussedIn) {}

    record MeasureDraft(String kind, String name, String definition) {}

    /** A PDSA cycle as typed; dates as yyyy-mm-dd; act is ADOPT, ADAPT or ABANDON once decided. */
    record CycleDraft(
            String title,
            String plan,
            String prediction,
            String doNotes,
            String study,
            String act,
            String actNotes,
            String startedOn,
            String endedOn) {}

    /** What to list: each filter is optional (null); names as the enums spell them; page from 0. */
    record ProjectFilter(
            String setting, String stage, String equityFocus, String organisationType, String tag, int page, int size) {
        public static ProjectFilter all() {
            return new ProjectFilter(null, null, null, null, null, 0, 0);
        }
    }

    record ProjectList(List<ProjectSummary> projects, long total, int page, int size) {
        public boolean hasMore() {
            return (long) (page + 1) * size < total;
        }
    }
}
