package org.qicommons.discussion.web;

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

    public void load() {
        try {
            activity = discussions.recentActivity(current.viewer(), cursor, 0);
        } catch (InvalidInputException e) {
            Pages.notFound();
            return;
        }
        groupList = groups.listGroups(current.viewer());
    }

    public ActivityPage getActivity() {
        return activity;
    }

    public List<GroupSummary> getGroups() {
        return groupList;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
