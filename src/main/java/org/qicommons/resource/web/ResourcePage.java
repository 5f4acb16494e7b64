package org.qicommons.resource.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectSummary;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceView;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A resource's page: what it is, its preview and download, who made it and who adapted it, and the
 * "we adapted this" form. A resource the viewer may not read answers like one that does not exist.
 */
@Named
@RequestScoped
public class ResourcePage {
    @Inject
    ResourceService resources;

    @Inject
    ProjectService projects;

    @Inject
    CurrentMember current;

    private Long id;
    private ResourceView view;
    private String adaptationNote;
    private Long adaptationProject;
    private List<ProjectSummary> myProjects;

    @PostConstruct
    void load() {
        id = Pages.longParam("id");
        if (id == null) {
            return;
        }
        try {
            view = resources.findResource(current.viewer(), id);
        } catch (NotFoundException e) {
            view = null;
        }
    }

    public void check() {
        if (view == null) {
            Pages.notFound();
        }
    }

    public void adapt() {
        try {
            resources.recordAdaptation(current.viewer(), id, adaptationProject, adaptationNote);
        } catch (InvalidInputException e) {
            Pages.invalid("adapt", e, Map.of("note", "What you changed", "projectId", "Your project"));
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Thank you: your adaptation is recorded on the resource.");
        Pages.redirect("/resource/view.xhtml?id=" + id + "#adaptations");
    }

    /** The projects the member is on the team of, to name the one they adapted it in. */
    public List<ProjectSummary> getMyProjects() {
        if (myProjects == null) {
            myProjects = projects
                    .listProjects(
                            current.viewer(), new ProjectService.ProjectFilter(null, null, null, null, null, 0, 100))
                    .projects()
                    .stream()
                    .filter(summary ->
                            summary.project().isOnTeam(current.viewer().memberId()))
                    .toList();
        }
        return myProjects;
    }

    public ResourceView getView() {
        return view;
    }

    public String getAdaptationNote() {
        return adaptationNote;
    }

    public void setAdaptationNote(String adaptationNote) {
        this.adaptationNote = adaptationNote;
    }

    public Long getAdaptationProject() {
        return adaptationProject;
    }

    public void setAdaptationProject(Long adaptationProject) {
        this.adaptationProject = adaptationProject;
    }
}
