package org.qicommons.group.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.GroupService;
import org.qicommons.group.MembershipStatus;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A group's page: what the group is, the viewer's membership (join, ask, leave) and, for its
 * moderators and owners, requests to approve and roles to change. The activity stream on the same
 * page is {@link org.qicommons.discussion.web.GroupStream}'s.
 */
@Named
@RequestScoped
public class GroupPage {
    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    /** How many members a group's page lists to readers (managers see them all, with their roles). */
    static final int SHOWN_MEMBERS = 30;

    private String slug;
    private GroupAccess access;
    private List<GroupMembership> memberships;
    private final Map<Long, String> roles = new HashMap<>();
    private List<GroupMembership> shownMembers;

    /** Loads while the view is built, so that the page's lists are there for its forms. */
    @PostConstruct
    void load() {
        slug = Pages.param("slug");
        try {
            access = groups.findGroup(current.viewer(), slug);
            memberships = groups.listMemberships(current.viewer(), slug);
            memberships.forEach(
                    m -> roles.put(m.getMember().getId(), m.getRole().name()));
        } catch (NotFoundException e) {
            access = null;
            memberships = List.of();
        }
    }

    /** The view action: a group the viewer may not read answers exactly like one that does not exist. */
    public void check() {
        if (access == null) {
            Pages.notFound();
        }
    }

    public void join() {
        try {
            GroupMembership membership = groups.joinGroup(current.viewer(), slug);
            Pages.done(
                    membership.getStatus() == MembershipStatus.ACTIVE
                            ? "You have joined the group."
                            : "You have asked to join. An owner or moderator of the group will look at your request.");
        } catch (ForbiddenException | InvalidInputException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        reload();
    }

    public void leave() {
        change(
                () -> groups.removeMembership(
                        current.viewer(), slug, current.viewer().memberId()),
                access.status() == MembershipStatus.ACTIVE
                        ? "You have left the group."
                        : "Your request has been withdrawn.");
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
        try {
            action.run();
        } catch (ForbiddenException | InvalidInputException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done(done);
        reload();
    }

    private void reload() {
        Pages.redirect("/group/view.xhtml?slug=" + slug);
    }

    private static String roleName(String role) {
        return switch (GroupRole.valueOf(role)) {
            case OWNER -> "an owner";
            case MODERATOR -> "a moderator";
            case MEMBER -> "a member";
        };
    }

    public GroupAccess getAccess() {
        return access;
    }

    public List<GroupMembership> getActiveMembers() {
        return memberships.stream()
                .filter(m -> m.getStatus() == MembershipStatus.ACTIVE)
                .toList();
    }

    /**
     * The members the page lists to someone who does not manage roles: owners and moderators first,
     * then the rest, at most {@link #SHOWN_MEMBERS}; the page says how many more there are.
     */
    public List<GroupMembership> getShownMembers() {
        if (shownMembers == null) {
            shownMembers = getActiveMembers().stream()
                    .sorted(Comparator.comparing(m -> m.getRole().ordinal()))
                    .limit(SHOWN_MEMBERS)
                    .toList();
        }
        return shownMembers;
    }

    public List<GroupMembership> getRequests() {
        return memberships.stream()
                .filter(m -> m.getStatus() == MembershipStatus.REQUESTED)
                .toList();
    }

    public long getMemberCount() {
        return getActiveMembers().size();
    }

    public boolean isMember() {
        return access != null && access.role() != null;
    }

    public boolean isRequested() {
        return access != null && access.status() == MembershipStatus.REQUESTED;
    }

    public GroupRole[] getRoleChoices() {
        return GroupRole.values();
    }

    public Map<Long, String> getRoles() {
        return roles;
    }

    public String getSlug() {
        return slug;
    }
}
