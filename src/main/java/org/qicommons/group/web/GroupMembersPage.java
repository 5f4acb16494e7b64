package org.qicommons.group.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.EmailInvitation;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.GroupService;
import org.qicommons.group.MembershipStatus;
import org.qicommons.member.EmailAddresses;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A group's members, a page at a time, for anyone who may read the group; its moderators also
 * approve or decline requests to join, invite members by name or anyone by e-mail address and cancel
 * invitations here, and its owners change roles and remove members. Kept
 * apart from the group's page so that a busy group's page stays small for the people reading it.
 */
@Named
@RequestScoped
public class GroupMembersPage {
    static final int PAGE_SIZE = 100;
    /** How many members sharing a name the invitation form offers to choose from. */
    static final int MAX_NAMESAKES = 20;
    /** The radio buttons that choose among members who share the name typed. */
    static final String CHOSEN_PARAM = "invite-member";

    @Inject
    GroupService groups;

    @Inject
    MemberService memberService;

    @Inject
    CurrentMember current;

    private String slug;
    private int page;
    private GroupService.MemberPage members;
    private List<GroupMembership> requests = List.of();
    private List<GroupMembership> invitations = List.of();
    private List<EmailInvitation> emailInvitations = List.of();
    private String invitee;
    private List<Member> namesakes = List.of();
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
                invitations = groups.listInvitations(current.viewer(), slug);
                emailInvitations = groups.listEmailInvitations(current.viewer(), slug);
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

    /**
     * Invites the member with the name typed, or whoever has the e-mail address typed. When several
     * members share the name, the form lists them (with organisation and job title) to choose one, and
     * the next submission invites the one chosen.
     */
    public void invite() {
        if (EmailAddresses.looksLikeOne(invitee)) {
            inviteByEmail();
            return;
        }
        List<Member> named = memberService.findByName(invitee, MAX_NAMESAKES);
        if (named.isEmpty()) {
            Pages.error(
                    "invite:invitee",
                    invitee == null || invitee.isBlank()
                            ? "Type the name of the member to invite."
                            : "No member is called \u201c" + invitee.strip()
                                    + "\u201d. Type their name as it shows on their profile.");
            return;
        }
        Member chosen = named.size() == 1 ? named.get(0) : chosen(named);
        if (chosen == null) {
            namesakes = named;
            Pages.error(
                    "invite:invitee",
                    named.size() + " members are called \u201c" + invitee.strip()
                            + "\u201d. Choose which one to invite.");
            return;
        }
        boolean wasInvited = contains(invitations, chosen);
        boolean hadAsked = contains(requests, chosen);
        GroupMembership after;
        try {
            after = groups.inviteMember(current.viewer(), slug, chosen.getId());
        } catch (ForbiddenException | InvalidInputException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        String name = chosen.getDisplayName();
        Pages.done(
                wasInvited
                        ? name + " has already been invited."
                        : hadAsked
                                ? name + " had asked to join and is now a member."
                                : after.getStatus() == MembershipStatus.INVITED
                                        ? name + " has been invited. They will see the invitation on the group's"
                                                + " page and in their list of groups."
                                        : name + " is already a member of the group.");
        Pages.redirect(address() + "#invitations");
    }

    /** The same words whether or not the address has an account: the inviter must not learn which. */
    private void inviteByEmail() {
        EmailInvitation invitation;
        try {
            invitation = groups.inviteByEmail(current.viewer(), slug, invitee);
        } catch (InvalidInputException e) {
            Pages.error("invite:invitee", Pages.sentence("This " + e.getMessage()));
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("An invitation has been sent to " + invitation.getEmail()
                + ". If they have no account yet, it asks them to join QI Commons; it lapses after 30 days.");
        Pages.redirect(address() + "#invitations");
    }

    private static boolean contains(List<GroupMembership> memberships, Member member) {
        return memberships.stream().anyMatch(m -> m.getMember().getId().equals(member.getId()));
    }

    private Member chosen(List<Member> named) {
        Long id = Pages.longParam(CHOSEN_PARAM);
        return id == null
                ? null
                : named.stream().filter(m -> m.getId().equals(id)).findFirst().orElse(null);
    }

    public void cancelInvitation(GroupMembership invitation) {
        change(
                () -> groups.cancelInvitation(
                        current.viewer(), slug, invitation.getMember().getId()),
                "The invitation to " + invitation.getMember().getDisplayName() + " has been cancelled.");
    }

    public void cancelEmailInvitation(EmailInvitation invitation) {
        change(
                () -> groups.cancelEmailInvitation(current.viewer(), slug, invitation.getEmail()),
                "The invitation to " + invitation.getEmail() + " has been cancelled.");
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
        Pages.change(action, done, address());
    }

    private String address() {
        return "/group/members.xhtml?slug=" + slug + (page > 1 ? "&page=" + page : "");
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

    public List<GroupMembership> getInvitations() {
        return invitations;
    }

    /** Invitations by e-mail address, listed by the address (the inviters typed it; nobody else sees it). */
    public List<EmailInvitation> getEmailInvitations() {
        return emailInvitations;
    }

    /** Members who share the name typed in the invitation form, to choose from; empty otherwise. */
    public List<Member> getNamesakes() {
        return namesakes;
    }

    public String getChosenParam() {
        return CHOSEN_PARAM;
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
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
