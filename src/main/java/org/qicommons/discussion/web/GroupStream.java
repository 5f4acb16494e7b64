package org.qicommons.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.member.Viewer;
import org.qicommons.ui.Pages;

/**
 * A group's activity stream and its "Post an update" form. Whether the group may be read at all is
 * {@link org.qicommons.group.web.GroupPage}'s view action.
 */
@Named
@RequestScoped
public class GroupStream extends UpdateStream {
    private String slug;

    @Override
    ActivityPage page(Viewer viewer, String cursor) {
        slug = Pages.param("slug");
        return discussions.groupActivity(viewer, slug, cursor, 0);
    }

    @Override
    void start(Viewer viewer, String title, String body) {
        discussions.startDiscussion(viewer, slug, title, body);
    }

    @Override
    public String returnTo() {
        return "/group/view.xhtml?slug=" + slug;
    }
}
