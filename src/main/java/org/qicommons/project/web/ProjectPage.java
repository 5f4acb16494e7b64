package org.qicommons.project.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.project.PdsaCycle;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectService.CycleDraft;
import org.qicommons.project.ProjectService.MeasureDraft;
import org.qicommons.project.ProjectView;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A project's page: everything it records, and for its team the forms that add to it (a measure, a
 * change idea, a PDSA cycle, what a cycle showed, a team member). A project the viewer may not read
 * answers exactly like one that does not exist.
 */
@Named
@RequestScoped
public class ProjectPage {
    @Inject
    ProjectService projects;

    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    @Inject
    org.qicommons.resource.ResourceService resourceService;

    private List<org.qicommons.resource.Resource> resources;

    private Long id;
    private ProjectView view;

    private String measureKind = "OUTCOME";
    private String measureName;
    private String measureDefinition;
    private String changeIdea;
    private String cycleTitle;
    private String cyclePlan;
    private String cyclePrediction;
    private String cycleStartedOn;
    private Long studiedCycle;
    private String cycleStudy;
    private String cycleAct;
    private String cycleActNotes;
    private String cycleEndedOn;
    private String teamMemberName;

    @PostConstruct
    void load() {
        id = Pages.longParam("id");
        if (id == null) {
            return;
        }
        try {
            view = projects.findProject(current.viewer(), id);
        } catch (NotFoundException e) {
            view = null;
        }
    }

    public void check() {
        if (view == null) {
            Pages.notFound();
        }
    }

    public void addMeasure() {
        ProjectForms.submit(
                "new-measure",
                () -> {
                    projects.addMeasure(
                            current.viewer(), id, new MeasureDraft(measureKind, measureName, measureDefinition));
                    return address("measures");
                },
                "The measure has been added.");
    }

    public void addChangeIdea() {
        ProjectForms.submit(
                "new-change-idea",
                () -> {
                    projects.addChangeIdea(current.viewer(), id, changeIdea);
                    return address("change-ideas");
                },
                "The change idea has been added.");
    }

    public void recordCycle() {
        ProjectForms.submit(
                "new-cycle",
                () -> {
                    projects.recordCycle(
                            current.viewer(),
                            id,
                            new CycleDraft(
                                    cycleTitle,
                                    cyclePlan,
                                    cyclePrediction,
                                    null,
                                    null,
                                    null,
                                    null,
                                    cycleStartedOn,
                                    null));
                    return address("cycles");
                },
                "The PDSA cycle has been recorded.");
    }

    public void studyCycle() {
        if (studiedCycle == null) {
            Pages.error("study-cycle:cycle", "Choose the cycle you studied.");
            return;
        }
        ProjectForms.submit(
                "study-cycle",
                () -> {
                    projects.changeCycle(
                            current.viewer(),
                            id,
                            studiedCycle,
                            new CycleDraft(
                                    null, null, null, null, cycleStudy, cycleAct, cycleActNotes, null, cycleEndedOn));
                    return address("cycles");
                },
                "What the cycle showed has been recorded.");
    }

    public void addTeamMember() {
        String name = teamMemberName == null ? "" : teamMemberName.strip();
        List<Member> matches = name.isEmpty() ? List.of() : members.findByName(name, 5);
        List<Member> exact = matches.stream()
                .filter(member -> member.getDisplayName().equalsIgnoreCase(name))
                .toList();
        List<Member> chosen = exact.size() == 1 ? exact : matches;
        if (chosen.size() != 1) {
            Pages.error(
                    "add-team-member:name",
                    chosen.isEmpty()
                            ? "No member has that name. Check the spelling, or ask them to sign up first."
                            : "Several members have names like that: type their full name as it shows on their profile.");
            return;
        }
        Member member = chosen.getFirst();
        ProjectForms.submit(
                "add-team-member",
                () -> {
                    projects.addTeamMember(current.viewer(), id, member.getId());
                    return address("team");
                },
                member.getDisplayName() + " is now on the team.");
    }

    public void removeTeamMember(long memberId) {
        boolean leaving = current.viewer().is(memberId);
        ProjectForms.submit(
                "team-list",
                () -> {
                    projects.removeTeamMember(current.viewer(), id, memberId);
                    return address("team");
                },
                leaving ? "You have left the team." : "They are no longer on the team.");
    }

    private String address(String fragment) {
        return "/project/view.xhtml?id=" + id + "#" + fragment;
    }

    /** The tools shared from this project that the viewer may read. */
    public List<org.qicommons.resource.Resource> getResources() {
        if (resources == null) {
            resources = resourceService.resourcesOfProject(current.viewer(), id);
        }
        return resources;
    }

    public ProjectView getView() {
        return view;
    }

    /** The cycles still waiting for their study and decision, for the "what did it show" form. */
    public List<PdsaCycle> getRunningCycles() {
        return view.cycles().stream().filter(PdsaCycle::isRunning).toList();
    }

    public boolean isOnTeam() {
        return view.project().isOnTeam(current.viewer().memberId());
    }

    public String getMeasureKind() {
        return measureKind;
    }

    public void setMeasureKind(String measureKind) {
        this.measureKind = measureKind;
    }

    public String getMeasureName() {
        return measureName;
    }

    public void setMeasureName(String measureName) {
        this.measureName = measureName;
    }

    public String getMeasureDefinition() {
        return measureDefinition;
    }

    public void setMeasureDefinition(String measureDefinition) {
        this.measureDefinition = measureDefinition;
    }

    public String getChangeIdea() {
        return changeIdea;
    }

    public void setChangeIdea(String changeIdea) {
        this.changeIdea = changeIdea;
    }

    public String getCycleTitle() {
        return cycleTitle;
    }

    public void setCycleTitle(String cycleTitle) {
        this.cycleTitle = cycleTitle;
    }

    public String getCyclePlan() {
        return cyclePlan;
    }

    public void setCyclePlan(String cyclePlan) {
        this.cyclePlan = cyclePlan;
    }

    public String getCyclePrediction() {
        return cyclePrediction;
    }

    public void setCyclePrediction(String cyclePrediction) {
        this.cyclePrediction = cyclePrediction;
    }

    public String getCycleStartedOn() {
        return cycleStartedOn;
    }

    public void setCycleStartedOn(String cycleStartedOn) {
        this.cycleStartedOn = cycleStartedOn;
    }

    public Long getStudiedCycle() {
        return studiedCycle;
    }

    public void setStudiedCycle(Long studiedCycle) {
        this.studiedCycle = studiedCycle;
    }

    public String getCycleStudy() {
        return cycleStudy;
    }

    public void setCycleStudy(String cycleStudy) {
        this.cycleStudy = cycleStudy;
    }

    public String getCycleAct() {
        return cycleAct;
    }

    public void setCycleAct(String cycleAct) {
        this.cycleAct = cycleAct;
    }

    public String getCycleActNotes() {
        return cycleActNotes;
    }

    public void setCycleActNotes(String cycleActNotes) {
        this.cycleActNotes = cycleActNotes;
    }

    public String getCycleEndedOn() {
        return cycleEndedOn;
    }

    public void setCycleEndedOn(String cycleEndedOn) {
        this.cycleEndedOn = cycleEndedOn;
    }

    public String getTeamMemberName() {
        return teamMemberName;
    }

    public void setTeamMemberName(String teamMemberName) {
        this.teamMemberName = teamMemberName;
    }
}
