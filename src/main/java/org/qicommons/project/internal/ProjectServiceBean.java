package org.qicommons.project.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qicommons.access.AccessPolicy;
import org.qicommons.access.Audience;
import org.qicommons.access.GroupReaders;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Reach;
import org.qicommons.access.Shares;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;
import org.qicommons.project.ChangeIdea;
import org.qicommons.project.Core20Plus5;
import org.qicommons.project.EquityFocus;
import org.qicommons.project.Measure;
import org.qicommons.project.MeasureKind;
import org.qicommons.project.PdsaCycle;
import org.qicommons.project.PdsaDecision;
import org.qicommons.project.Project;
import org.qicommons.project.ProjectDescription;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectSummary;
import org.qicommons.project.ProjectView;
import org.qicommons.project.Setting;
import org.qicommons.project.Stage;

@ApplicationScoped
@Transactional
public class ProjectServiceBean implements ProjectService {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    ReadableGroups groups;

    @Inject
    ChangeLog changeLog;

    @Inject
    MemberService members;

    @Inject
    Shares shares;

    @Override
    public ProjectView startProject(Viewer lead, ProjectDraft draft) {
        Member member = members.writingMember(lead);
        Instant now = Instant.now();
        ProjectDescription description = describe(lead, draft, null);
        Project project = new Project(member.getId(), now);
        project.describe(description, now);
        if (member.isOrganisationVouched()) {
            project.involve(member.getOrganisation().getId());
        }
        em.persist(project);
        changeLog.record(Subject.PROJECT, project.getId(), ChangeKind.CREATED, lead);
        return view(lead, project);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectView findProject(Viewer viewer, long projectId) {
        return view(viewer, readable(viewer, projectId));
    }

    @Override
    public ProjectView changeProject(Viewer viewer, long projectId, ProjectDraft draft) {
        Project project = changeable(viewer, projectId);
        project.describe(describe(viewer, draft, project), Instant.now());
        changeLog.record(Subject.PROJECT, projectId, ChangeKind.EDITED, viewer);
        return view(viewer, project);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectList listProjects(Viewer viewer, ProjectFilter filter) {
        return list(filter, ProjectQueries.READABLE_PROJECT, query -> ProjectQueries.bindViewer(query, viewer));
    }

    /** A page of the projects meeting {@code condition} (JPQL on {@code p}, its parameters bound by {@code binder}). */
    private ProjectList list(
            ProjectFilter filter, String condition, java.util.function.Consumer<jakarta.persistence.Query> binder) {
        int size = Checks.pageSize(filter.size(), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        if (filter.page() < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        ProjectFilterQuery where = ProjectFilterQuery.of(filter);
        TypedQuery<Long> count =
                em.createQuery("select count(p) from Project p where " + condition + where.jpql(), Long.class);
        binder.accept(count);
        long total = where.bind(count).getSingleResult();
        TypedQuery<Project> page = em.createQuery(
                        "select p from Project p where " + condition + where.jpql()
                                + " order by p.updatedAt desc, p.id desc",
                        Project.class)
                .setFirstResult(filter.page() * size)
                .setMaxResults(size)
                // the collections a list shows, each read for the whole page in one query
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.organisationIds")
                .setHint("eclipselink.batch", "p.equityFocus")
                .setHint("eclipselink.batch", "p.tags")
                .setHint("eclipselink.batch", "p.stages");
        binder.accept(page);
        List<Project> projects = where.bind(page).getResultList();
        Map<Long, Member> leads =
                byId(Member.class, projects.stream().map(Project::getLeadId).toList(), Member::getId);
        Map<Long, Organisation> organisations = byId(
                Organisation.class,
                projects.stream()
                        .flatMap(project -> project.getOrganisationIds().stream())
                        .toList(),
                Organisation::getId);
        List<ProjectSummary> summaries = projects.stream()
                .map(project -> new ProjectSummary(
                        project, leads.get(project.getLeadId()), named(organisations, project.getOrganisationIds())))
                .toList();
        return new ProjectList(summaries, total, filter.page(), size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectList listSharedLearning(Viewer viewer, ProjectFilter filter, Instant since) {
        String open = "(p.reach = org.qicommons.access.Reach.PUBLIC or "
                + Shares.sharedWithViewer(ItemKind.PROJECT, "p.id") + ")"
                + (since == null ? "" : " and p.updatedAt >= :since");
        return list(filter, open, query -> {
            query.setParameter("organisationId", AccessPolicy.organisationIdParameter(viewer));
            if (since != null) {
                query.setParameter("since", since);
            }
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectList listProjectsOf(Viewer viewer, long organisationId, int page, int size) {
        return list(
                new ProjectFilter(null, null, null, null, null, page, size),
                ProjectQueries.READABLE_PROJECT
                        + " and exists (select o.id from Project o join o.organisationIds involved"
                        + " where o.id = p.id and involved = :organisation)",
                query -> {
                    ProjectQueries.bindViewer(query, viewer);
                    query.setParameter("organisation", organisationId);
                });
    }

    @Override
    public ProjectList listProjectsWith(Viewer viewer, long memberId, int page, int size) {
        return list(
                new ProjectFilter(null, null, null, null, null, page, size),
                ProjectQueries.READABLE_PROJECT
                        + " and exists (select w.id from Project w join w.team seat where w.id = p.id"
                        + " and seat.memberId = :member)",
                query -> {
                    ProjectQueries.bindViewer(query, viewer);
                    query.setParameter("member", memberId);
                });
    }

    @Override
    public Measure addMeasure(Viewer viewer, long projectId, MeasureDraft draft) {
        Project project = changeable(viewer, projectId);
        Measure measure = new Measure(
                projectId,
                Checks.oneOf("kind", draft.kind(), MeasureKind.class),
                Checks.required("name", draft.name(), MAX_MEASURE_NAME),
                Checks.required("definition", draft.definition(), MAX_DEFINITION),
                Instant.now());
        em.persist(measure);
        edited(viewer, project);
        return measure;
    }

    @Override
    public Measure changeMeasure(Viewer viewer, long projectId, long measureId, MeasureDraft draft) {
        Project project = changeable(viewer, projectId);
        Measure measure = em.find(Measure.class, measureId);
        if (measure == null || measure.getProjectId() != projectId) {
            throw new NotFoundException("Measure");
        }
        measure.change(
                draft.kind() == null ? measure.getKind() : Checks.oneOf("kind", draft.kind(), MeasureKind.class),
                draft.name() == null ? measure.getName() : Checks.required("name", draft.name(), MAX_MEASURE_NAME),
                draft.definition() == null
                        ? measure.getDefinition()
                        : Checks.required("definition", draft.definition(), MAX_DEFINITION));
        edited(viewer, project);
        return measure;
    }

    @Override
    public ChangeIdea addChangeIdea(Viewer viewer, long projectId, String description) {
        Project project = changeable(viewer, projectId);
        ChangeIdea idea =
                new ChangeIdea(projectId, Checks.required("description", description, MAX_CHANGE_IDEA), Instant.now());
        em.persist(idea);
        edited(viewer, project);
        return idea;
    }

    @Override
    public PdsaCycle recordCycle(Viewer viewer, long projectId, CycleDraft draft) {
        Project project = changeable(viewer, projectId);
        Instant now = Instant.now();
        PdsaCycle cycle = new PdsaCycle(projectId, viewer.memberId(), now, cycle(draft, null));
        em.persist(cycle);
        project.touch(now);
        changeLog.record(Subject.PROJECT, projectId, ChangeKind.CYCLE_RECORDED, viewer);
        return cycle;
    }

    @Override
    public PdsaCycle changeCycle(Viewer viewer, long projectId, long cycleId, CycleDraft draft) {
        Project project = changeable(viewer, projectId);
        PdsaCycle cycle = em.find(PdsaCycle.class, cycleId);
        if (cycle == null || cycle.getProjectId() != projectId) {
            throw new NotFoundException("PDSA cycle");
        }
        cycle.change(cycle(draft, cycle));
        edited(viewer, project);
        return cycle;
    }

    @Override
    public ProjectView addTeamMember(Viewer viewer, long projectId, long memberId) {
        Project project = changeable(viewer, projectId);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new InvalidInputException("memberId", "is not a member of QI Commons");
        }
        if (!project.isOnTeam(memberId)) {
            Instant now = Instant.now();
            project.addToTeam(memberId, now);
            if (member.isOrganisationVouched()) {
                project.involve(member.getOrganisation().getId());
            }
            changeLog.record(Subject.PROJECT, projectId, ChangeKind.TEAM_CHANGED, viewer);
        }
        return view(viewer, project);
    }

    @Override
    public ProjectView removeTeamMember(Viewer viewer, long projectId, long memberId) {
        Project project = viewer.is(memberId) ? readable(viewer, projectId) : changeable(viewer, projectId);
        if (project.getLeadId() == memberId) {
            throw new InvalidInputException("memberId", "is the project's lead: a project always has one");
        }
        if (project.isOnTeam(memberId)) {
            project.removeFromTeam(memberId, Instant.now());
            changeLog.record(Subject.PROJECT, projectId, ChangeKind.TEAM_CHANGED, viewer);
        }
        return view(viewer, project);
    }

    private void edited(Viewer viewer, Project project) {
        project.touch(Instant.now());
        changeLog.record(Subject.PROJECT, project.getId(), ChangeKind.EDITED, viewer);
    }

    /** A project the viewer may read, or "not found" exactly as if it did not exist. */
    Project readable(Viewer viewer, long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null || !AccessPolicy.canRead(viewer, audience(project), readers(viewer, project))) {
            throw new NotFoundException("Project");
        }
        return project;
    }

    private Project changeable(Viewer viewer, long projectId) {
        Project project = readable(viewer, projectId);
        if (!AccessPolicy.canChange(viewer, audience(project), readers(viewer, project))) {
            throw new ForbiddenException("only the project's team can change it");
        }
        members.writingMember(viewer);
        return project;
    }

    Audience audience(Project project) {
        return project.audience(shares.organisationsOf(ItemKind.PROJECT, project.getId()));
    }

    GroupReaders readers(Viewer viewer, Project project) {
        if (project.getGroupId() == null) {
            return GroupReaders.none();
        }
        Set<Long> readable = groups.among(viewer, List.of(project.getGroupId())).keySet();
        return readable::contains;
    }

    /**
     * The draft checked, on top of the project as it is ({@code current}, null for a new one): a
     * field left null keeps its value; an optional text sent empty is cleared.
     */
    private ProjectDescription describe(Viewer viewer, ProjectDraft draft, Project current) {
        boolean fresh = current == null;
        String title = draft.title() == null && !fresh
                ? current.getTitle()
                : Checks.required("title", draft.title(), MAX_TITLE);
        String summary = draft.summary() == null && !fresh
                ? current.getSummary()
                : Checks.text("summary", draft.summary(), MAX_SUMMARY);
        Setting setting = draft.setting() == null && !fresh
                ? current.getSetting()
                : Checks.oneOf("setting", draft.setting(), Setting.class);
        Stage stage = draft.stage() == null
                ? (fresh ? Stage.IDEA : current.getStage())
                : Checks.oneOf("stage", draft.stage(), Stage.class);
        LocalDate stageSince = ProjectInput.date(
                "stageSince",
                draft.stageSince(),
                !fresh && stage == current.getStage() ? current.getStageSince() : LocalDate.now());
        Reach reach = draft.reach() == null
                ? (fresh ? Reach.MEMBERS : current.getReach())
                : Checks.oneOf("reach", draft.reach(), Reach.class);
        Long groupId = reach != Reach.GROUP
                ? null
                : draft.groupId() != null ? draft.groupId() : fresh ? null : current.getGroupId();
        // making a project private to a group takes reading that group; a team member outside the
        // group may still change the rest of a project that already is
        boolean sameGroup =
                !fresh && current.getReach() == Reach.GROUP && java.util.Objects.equals(groupId, current.getGroupId());
        if (reach == Reach.GROUP && !sameGroup) {
            requireReadableGroup(viewer, groupId);
        }
        Set<Long> discussedIn = draft.discussedIn() == null
                ? (fresh ? Set.of() : current.getDiscussedIn())
                : new HashSet<>(draft.discussedIn());
        if (draft.discussedIn() != null
                && !groups.among(viewer, discussedIn).keySet().containsAll(discussedIn)) {
            throw new InvalidInputException("discussedIn", "names a group that does not exist or that you cannot read");
        }
        return new ProjectDescription(
                title,
                summary,
                optional("aim", draft.aim(), fresh ? null : current.getAim(), MAX_AIM),
                optional("problem", draft.problem(), fresh ? null : current.getProblem(), MAX_PROBLEM),
                setting,
                stage,
                stageSince,
                reach,
                groupId,
                draft.equityFocus() == null && !fresh
                        ? current.getEquityFocus()
                        : ProjectInput.choices("equityFocus", draft.equityFocus(), EquityFocus.class),
                draft.core20plus5() == null && !fresh
                        ? current.getCore20plus5()
                        : ProjectInput.optionalChoice("core20plus5", draft.core20plus5(), Core20Plus5.class),
                optional("dataQuality", draft.dataQuality(), fresh ? null : current.getDataQuality(), MAX_DATA_QUALITY),
                optional("learning", draft.learning(), fresh ? null : current.getLearning(), MAX_LEARNING),
                draft.tags() == null && !fresh
                        ? current.getTags()
                        : Checks.tags("tags", draft.tags(), MAX_TAGS, MAX_TAG),
                discussedIn);
    }

    private void requireReadableGroup(Viewer viewer, Long groupId) {
        if (groupId == null) {
            throw new InvalidInputException("groupId", "must name the group the project is private to");
        }
        if (!groups.among(viewer, List.of(groupId)).containsKey(groupId)) {
            throw new InvalidInputException("groupId", "names a group that does not exist or that you cannot read");
        }
    }

    private static String optional(String field, String value, String current, int max) {
        return value == null ? current : Checks.optional(field, value, max);
    }

    private static PdsaCycle.CycleRecord cycle(CycleDraft draft, PdsaCycle current) {
        boolean fresh = current == null;
        LocalDate startedOn =
                ProjectInput.date("startedOn", draft.startedOn(), fresh ? LocalDate.now() : current.getStartedOn());
        LocalDate endedOn = ProjectInput.date("endedOn", draft.endedOn(), fresh ? null : current.getEndedOn());
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new InvalidInputException("endedOn", "must not be before the cycle started");
        }
        return new PdsaCycle.CycleRecord(
                draft.title() == null && !fresh
                        ? current.getTitle()
                        : Checks.required("title", draft.title(), MAX_CYCLE_TITLE),
                draft.plan() == null && !fresh ? current.getPlan() : Checks.text("plan", draft.plan(), MAX_CYCLE_TEXT),
                draft.prediction() == null && !fresh
                        ? current.getPrediction()
                        : Checks.text("prediction", draft.prediction(), MAX_PREDICTION),
                optional("doNotes", draft.doNotes(), fresh ? null : current.getDoNotes(), MAX_CYCLE_TEXT),
                optional("study", draft.study(), fresh ? null : current.getStudy(), MAX_CYCLE_TEXT),
                draft.act() == null && !fresh
                        ? current.getAct()
                        : ProjectInput.optionalChoice("act", draft.act(), PdsaDecision.class),
                optional("actNotes", draft.actNotes(), fresh ? null : current.getActNotes(), MAX_CYCLE_TEXT),
                startedOn,
                endedOn);
    }

    private ProjectView view(Viewer viewer, Project project) {
        long id = project.getId();
        Map<Long, Member> members = byId(Member.class, project.teamIds(), Member::getId);
        List<ProjectView.TeamMember> team = project.getTeam().stream()
                .filter(place -> members.containsKey(place.memberId()))
                .map(place -> new ProjectView.TeamMember(members.get(place.memberId()), place.role(), place.addedAt()))
                .toList();
        Map<Long, Organisation> organisations =
                byId(Organisation.class, project.getOrganisationIds(), Organisation::getId);
        Set<Long> linked = new HashSet<>(project.getDiscussedIn());
        if (project.getGroupId() != null) {
            linked.add(project.getGroupId());
        }
        Map<Long, ProjectView.GroupLink> readableGroups = groups.among(viewer, linked);
        return new ProjectView(
                project,
                team,
                named(organisations, project.getOrganisationIds()),
                em.createQuery("select m from Measure m where m.projectId = :id order by m.id", Measure.class)
                        .setParameter("id", id)
                        .getResultList(),
                em.createQuery("select c from ChangeIdea c where c.projectId = :id order by c.id", ChangeIdea.class)
                        .setParameter("id", id)
                        .getResultList(),
                em.createQuery(
                                "select c from PdsaCycle c where c.projectId = :id order by c.startedOn, c.id",
                                PdsaCycle.class)
                        .setParameter("id", id)
                        .getResultList(),
                project.getGroupId() == null ? null : readableGroups.get(project.getGroupId()),
                readableGroups.values().stream()
                        .filter(group -> project.getDiscussedIn().contains(group.id()))
                        .toList(),
                AccessPolicy.canChange(viewer, audience(project), readableGroups::containsKey));
    }

    private <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", new ArrayList<>(new HashSet<>(ids)))
                .getResultStream()
                .collect(Collectors.toMap(idOf, Function.identity()));
    }

    /** The organisations of these ids, by name. */
    private static List<Organisation> named(Map<Long, Organisation> all, Set<Long> ids) {
        return ids.stream()
                .map(all::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Organisation::getName))
                .toList();
    }
}
