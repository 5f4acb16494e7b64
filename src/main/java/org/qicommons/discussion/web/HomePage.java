package org.qicommons.discussion.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.InvalidInputException;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** The home page: recent activity in every group the visitor may read, and the groups themselves. */
@Named
@RequestScoped
public class HomePage {
    @Inject
    DiscussionService discussions;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private String cursor;
    private ActivityPage activity;
    private List<GroupSummary> groupList;

    /** Loads while the view is built: the stream's forms are made from these items. */
    @PostConstruct
    void load() {
        cursor = Pages.param("cursor");
        try {
            activity = discussions.recentActivity(current.viewer(), cursor, 0);
        } catch (InvalidInputException e) {
            activity = null;
        }
    }

    /** The view action: a cursor that cannot be read answers "not found". */
    public void check() {
        if (activity == null) {
            Pages.notFound();
        }
    }

    public ActivityPage getActivity() {
        return activity == null ? new ActivityPage(List.of(), null) : activity;
    }

    public List<GroupSummary> getGroups() {
        if (groupList == null) {
            groupList = groups.listGroups(current.viewer());
        }
        return groupList;
    }

    public String getCursor() {
        return cursor;
    }
}
