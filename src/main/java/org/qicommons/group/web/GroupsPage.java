package org.qicommons.group.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
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
    private static final Map<String, String> FIELDS = Map.of(
            "name",
            "Name",
            "description",
            "Description",
            "visibility",
            "Who can read it",
            "joinPolicy",
            "How people join");

    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private List<GroupSummary> groupList;
    private String name;
    private String description;
    private String visibility = "PUBLIC";
    private String joinPolicy = "OPEN";

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
                    current.viewer(), new GroupService.NewGroup(name, description, visibility, joinPolicy));
        } catch (InvalidInputException e) {
            Pages.invalid("new-group", e, FIELDS);
            return;
        } catch (ForbiddenException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your group has been created. You are its owner.");
        Pages.redirect("/group/view.xhtml?slug=" + created.group().getSlug());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getJoinPolicy() {
        return joinPolicy;
    }

    public void setJoinPolicy(String joinPolicy) {
        this.joinPolicy = joinPolicy;
    }
}
