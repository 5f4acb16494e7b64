package org.qicommons.group.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** The groups the visitor may read or is invited to, and the form to create one. */
@Named
@RequestScoped
public class GroupsPage {
    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private List<GroupSummary> groupList;
    private final GroupForm form = new GroupForm();

    public List<GroupSummary> getGroups() {
        if (groupList == null) {
            groupList = groups.listGroups(current.viewer());
        }
        return groupList;
    }

    /** Groups the visitor is invited to and has not yet answered. */
    public List<GroupSummary> getInvitations() {
        return getGroups().stream().filter(GroupSummary::invited).toList();
    }

    public void create() {
        GroupAccess created;
        try {
            created = groups.createGroup(
                    current.viewer(),
                    new GroupService.NewGroup(
                            form.getName(), form.getDescription(), form.getVisibility(), form.getJoinPolicy()));
        } catch (InvalidInputException e) {
            Pages.invalid("new-group", e, GroupForm.LABELS);
            return;
        } catch (ForbiddenException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your group has been created. You are its owner.");
        Pages.redirect("/group/view.xhtml?slug=" + created.group().getSlug());
    }

    public GroupForm getForm() {
        return form;
    }
}
