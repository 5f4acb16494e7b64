package org.qicommons.group.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupService;
import org.qicommons.group.MembershipStatus;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A group's page: what the group is, the viewer's membership (join, ask, leave), some of its
 * members and, for its moderators and owners, how many ask to join; approving them and changing
 * roles is on the members page ({@link GroupMembersPage}). The activity stream on the same page is
 * {@link org.qicommons.discussion.web.GroupStream}'s. A member invited to a group they may not read
 * yet sees only its name, description and the invitation to accept or decline.
 */
@Named
@RequestScoped
public class GroupPage {
    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    /** How many members a group's page lists (the members page lists them all). */
    static final int SHOWN_MEMBERS = 30;

    private String slug;
    private GroupAccess access;
    private GroupService.MemberPage members;

    /** Loads while the view is built, so that the page's lists are there for its forms. */
    @PostConstruct
    void load() {
        slug = Pages.param("slug");
        try {
            members = groups.listMembers(current.viewer(), slug, 0, SHOWN_MEMBERS);
            access = members.access();
        } catch (NotFoundException e) {
            access = invitation();
        }
    }

    /** The group a signed-in viewer may not read yet but is invited to: the page shows only the invitation. */
    private GroupAccess invitation() {
        if (!current.viewer().signedIn()) {
            return null;
        }
        try {
            return groups.findGroupOrInvitation(current.viewer(), slug);
        } catch (NotFoundException e) {
            return null;
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
        Pages.redirect(address());
    }

    public void decline() {
        change(
                () -> groups.removeMembership(
                        current.viewer(), slug, current.viewer().memberId()),
                "You have declined the invitation.",
                access.canRead() ? address() : "/group/");
    }

    public void leave() {
        change(
                () -> groups.removeMembership(
                        current.viewer(), slug, current.viewer().memberId()),
                access.status() == MembershipStatus.ACTIVE
                        ? "You have left the group."
                        : "Your request has been withdrawn.");
    }

    private void change(Runnable action, String done) {
        change(action, done, address());
    }

    private void change(Runnable action, String done, String then) {
        Pages.change(action, done, then);
    }

    private String address() {
        return "/group/view.xhtml?slug=" + slug;
    }

    public GroupAccess getAccess() {
        return access;
    }

    /**
     * The members the page lists: owners and moderators first, then the rest, at most
     * {@link #SHOWN_MEMBERS}; the members page lists them all.
     */
    public List<GroupMembership> getShownMembers() {
        return members == null ? List.of() : members.members();
    }

    public long getMemberCount() {
        return members == null ? 0 : members.total();
    }

    /** Requests to join waiting for the viewer (0 unless they moderate the group). */
    public long getWaitingRequests() {
        return members == null ? 0 : members.waiting();
    }

    public boolean isMember() {
        return access != null && access.role() != null;
    }

    public boolean isRequested() {
        return access != null && access.status() == MembershipStatus.REQUESTED;
    }

    public String getSlug() {
        return slug;
    }
}
