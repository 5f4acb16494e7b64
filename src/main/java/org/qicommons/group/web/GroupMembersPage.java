package org.qicommons.group.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.GroupService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A group's members, a page at a time, for anyone who may read the group; its moderators also
 * approve or decline requests to join here, and its owners change roles and remove members. Kept
 * apart from the group's page so that a busy group's page stays small for the people reading it.
 */
@Named
@RequestScoped
public class GroupMembersPage {
    static final int PAGE_SIZE = 100;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private String slug;
    private int page;
    private GroupService.MemberPage members;
    private List<GroupMembership> requests = List.of();
    private final Map<Long, String> roles = new HashMap<>();

    /** Loads while the view is built, so that the lists are there for the page's forms. */
    @PostConstruct
    void load() {
        slug = Pages.param("slug");
        Long asked = Pages.longParam("page");
        page = asked == null || asked < 1 || asked > 100_000 ? 1 : asked.intValue();
        try {
            members = groups.listMembers(current.viewer(), slug, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            members.members()
                    .forEach(m -> roles.put(m.getMember().getId(), m.getRole().name()));
            if (members.access().canModerate()) {
                requests = groups.listRequests(current.viewer(), slug);
            }
        } catch (NotFoundException e) {
            members = null;
        }
    }

    /** The view action: a group the viewer may not read answers exactly like one that does not exist. */
    public void check() {
        if (members == null) {
            Pages.notFound();
        }
    }

    public void approve(GroupMembership membership) {
        change(
                () -> groups.updateMembership(
                        current.viewer(),
                        slug,
                        membership.getMember().getId(),
                        new GroupService.MembershipChange(true, null)),
                membership.getMember().getDisplayName() + " is now a member.");
    }

    public void decline(GroupMembership membership) {
        change(
                () -> groups.removeMembership(
                        current.viewer(), slug, membership.getMember().getId()),
                "The request from " + membership.getMember().getDisplayName() + " has been declined.");
    }

    public void remove(GroupMembership membership) {
        change(
                () -> groups.removeMembership(
                        current.viewer(), slug, membership.getMember().getId()),
                membership.getMember().getDisplayName() + " has been removed from the group.");
    }

    public void changeRole(GroupMembership membership) {
        String role = roles.get(membership.getMember().getId());
        change(
                () -> groups.updateMembership(
                        current.viewer(),
                        slug,
                        membership.getMember().getId(),
                        new GroupService.MembershipChange(false, role)),
                membership.getMember().getDisplayName() + " is now " + roleName(role) + ".");
    }

    private void change(Runnable action, String done) {
        Pages.change(action, done, "/group/members.xhtml?slug=" + slug + (page > 1 ? "&page=" + page : ""));
    }

    private static String roleName(String role) {
        return switch (GroupRole.valueOf(role)) {
            case OWNER -> "an owner";
            case MODERATOR -> "a moderator";
            case MEMBER -> "a member";
        };
    }

    public GroupAccess getAccess() {
        return members == null ? null : members.access();
    }

    public List<GroupMembership> getMembers() {
        return members == null ? List.of() : members.members();
    }

    public long getTotal() {
        return members == null ? 0 : members.total();
    }

    public List<GroupMembership> getRequests() {
        return requests;
    }

    public int getPage() {
        return page;
    }

    /** The number of the first member listed on this page, counting from 1. */
    public long getFirstShown() {
        return (long) (page - 1) * PAGE_SIZE + 1;
    }

    public boolean isMoreMembers() {
        return (long) page * PAGE_SIZE < getTotal();
    }

    public GroupRole[] getRoleChoices() {
        return GroupRole.values();
    }

    public Map<Long, String> getRoles() {
        return roles;
    }
}
