package org.qicommons.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.member.Viewer;
import org.qicommons.ui.Pages;

/**
 * A project's update stream on its page and the team's "Post an update" form. Whether the project
 * may be read at all is the project page's view action.
 */
@Named
@RequestScoped
public class ProjectStream extends UpdateStream {
    private long projectId;

    @Override
    ActivityPage page(Viewer viewer, String cursor) {
        projectId = Long.parseLong(Pages.param("id"));
        return discussions.projectUpdates(viewer, projectId, cursor, 0);
    }

    @Override
    void start(Viewer viewer, String title, String body) {
        discussions.startProjectUpdate(viewer, projectId, title, body);
    }

    @Override
    public String returnTo() {
        return "/project/view.xhtml?id=" + projectId + "#updates";
    }
}
