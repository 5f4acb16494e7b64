package org.qicommons.project.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.group.MembershipStatus;
import org.qicommons.project.Project;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectService.ProjectDraft;
import org.qicommons.project.ProjectView;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * Starting a project ({@code /project/edit.xhtml}) or changing one ({@code ?id=}, its team only).
 * Everything but the title, summary and setting may be filled in later.
 */
@Named
@RequestScoped
public class ProjectFormPage {
    @Inject
    ProjectService projects;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private Long id;
    private boolean allowed;
    private List<GroupSummary> myGroups;
    /** The group a project is private to now, which a team member outside it may keep. */
    private Long presentGroupId;

    private String presentGroupName;

    private String title;
    private String summary;
    private String aim;
    private String problem;
    private String setting;
    private String stage = "IDEA";
    private String stageSince;
    private String reach = "MEMBERS";
    private Long groupId;
    private List<String> equityFocus = new ArrayList<>();
    private String core20plus5;
    private String dataQuality;
    private String learning;
    private String tags;
    private List<String> discussedIn = new ArrayList<>();

    @PostConstruct
    void load() {
        id = Pages.longParam("id");
        if (!current.isSignedIn()) {
            return;
        }
        if (id == null) {
            allowed = true;
            return;
        }
        try {
            ProjectView view = projects.findProject(current.viewer(), id);
            allowed = view.canChange();
            if (allowed
                    && !jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
                fill(view.project());
            }
            if (allowed) {
                presentGroupId = view.project().getGroupId();
                presentGroupName = view.group() == null
                        ? "The group it is private to now"
                        : view.group().name();
            }
        } catch (NotFoundException e) {
            allowed = false;
        }
    }

    private void fill(Project project) {
        title = project.getTitle();
        summary = project.getSummary();
        aim = project.getAim();
        problem = project.getProblem();
        setting = project.getSetting().name();
        stage = project.getStage().name();
        stageSince =
                project.getStageSince() == null ? null : project.getStageSince().toString();
        reach = project.getReach().name();
        groupId = project.getGroupId();
        equityFocus = new ArrayList<>(
                project.getEquityFocus().stream().map(Enum::name).toList());
        core20plus5 = project.getCore20plus5() == null
                ? null
                : project.getCore20plus5().name();
        dataQuality = project.getDataQuality();
        learning = project.getLearning();
        tags = String.join(", ", project.getTags());
        discussedIn = new ArrayList<>(
                project.getDiscussedIn().stream().map(String::valueOf).toList());
    }

    /** Signed out: to sign in and back; a project they may not change: not found, as everywhere. */
    public void check() {
        if (!current.isSignedIn()) {
            Pages.redirect("/member/signin.xhtml?next="
                    + java.net.URLEncoder.encode(
                            "/project/edit.xhtml" + (id == null ? "" : "?id=" + id),
                            java.nio.charset.StandardCharsets.UTF_8));
        } else if (!allowed) {
            Pages.notFound();
        }
    }

    public void save() {
        ProjectDraft draft = new ProjectDraft(
                title,
                summary,
                empty(aim),
                empty(problem),
                setting,
                stage,
                stageSince,
                reach,
                groupId,
                Set.copyOf(equityFocus),
                empty(core20plus5),
                empty(dataQuality),
                empty(learning),
                tagSet(),
                discussedInIds());
        ProjectForms.submit(
                "project",
                () -> {
                    long saved = id == null
                            ? projects.startProject(current.viewer(), draft)
                                    .project()
                                    .getId()
                            : projects.changeProject(current.viewer(), id, draft)
                                    .project()
                                    .getId();
                    return "/project/view.xhtml?id=" + saved;
                },
                id == null ? "Your project has been created. You lead it." : "The project has been saved.");
    }

    /** An optional text left blank is cleared rather than kept (the form always shows every field). */
    private static String empty(String value) {
        return value == null ? "" : value;
    }

    private Set<String> tagSet() {
        Set<String> set = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags.split(",")) {
                set.add(tag);
            }
        }
        return set;
    }

    private Set<Long> discussedInIds() {
        Set<Long> ids = new LinkedHashSet<>();
        discussedIn.forEach(value -> ids.add(Long.valueOf(value)));
        return ids;
    }

    /** The groups the member belongs to: a project can be private to one, and discussed in several. */
    public List<GroupSummary> getMyGroups() {
        if (myGroups == null) {
            myGroups = groups.listGroups(current.viewer()).stream()
                    .filter(summary -> summary.mine() != null && summary.mine().getStatus() == MembershipStatus.ACTIVE)
                    .toList();
        }
        return myGroups;
    }

    /** Whether the group the project is private to now is not among the member's own, so is offered apart. */
    public boolean isOtherPresentGroup() {
        return presentGroupId != null
                && getMyGroups().stream()
                        .noneMatch(summary -> summary.group().getId().equals(presentGroupId));
    }

    public Long getPresentGroupId() {
        return presentGroupId;
    }

    public String getPresentGroupName() {
        return presentGroupName;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSetting() {
        return setting;
    }

    public void setSetting(String setting) {
        this.setting = setting;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getStageSince() {
        return stageSince;
    }

    public void setStageSince(String stageSince) {
        this.stageSince = stageSince;
    }

    public String getReach() {
        return reach;
    }

    public void setReach(String reach) {
        this.reach = reach;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public List<String> getEquityFocus() {
        return equityFocus;
    }

    public void setEquityFocus(List<String> equityFocus) {
        this.equityFocus = equityFocus == null ? new ArrayList<>() : equityFocus;
    }

    public String getCore20plus5() {
        return core20plus5;
    }

    public void setCore20plus5(String core20plus5) {
        this.core20plus5 = core20plus5;
    }

    public String getDataQuality() {
        return dataQuality;
    }

    public void setDataQuality(String dataQuality) {
        this.dataQuality = dataQuality;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public List<String> getDiscussedIn() {
        return discussedIn;
    }

    public void setDiscussedIn(List<String> discussedIn) {
        this.discussedIn = discussedIn == null ? new ArrayList<>() : discussedIn;
    }
}
