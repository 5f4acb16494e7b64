package org.qicommons.group.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.EmailInvitation;
import org.qicommons.group.Group;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupRole;
import org.qicommons.group.GroupService;
import org.qicommons.group.MembershipStatus;
import org.qicommons.security.CurrentMember;

@Path("groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {
    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    public record NewGroupBody(String name, String description, String visibility, String joinPolicy) {}

    /** Join (no body needed) or, for owners and moderators, invite: {"memberId": 123} or {"email": "…"}. */
    public record JoinBody(Long memberId, String email) {}

    public record MembershipBody(Boolean approve, String role) {}

    /** What an owner changes; a field left out keeps its value ("" clears the description). */
    public record GroupPatch(String name, String description, String visibility, String joinPolicy, Boolean archived) {}

    public record GroupJson(
            Long id,
            String slug,
            String name,
            String description,
            String visibility,
            String joinPolicy,
            Long memberCount,
            Instant createdAt,
            Instant archivedAt,
            MembershipJson myMembership) {
        static GroupJson of(Group group, Long memberCount, GroupMembership mine) {
            return new GroupJson(
                    group.getId(),
                    group.getSlug(),
                    group.getName(),
                    group.getDescription(),
                    group.getVisibility().name(),
                    group.getJoinPolicy().name(),
                    memberCount,
                    group.getCreatedAt(),
                    group.getArchivedAt(),
                    mine == null ? null : MembershipJson.of(mine));
        }
    }

    public record MembershipJson(MemberRef member, String role, String status, Instant since) {
        static MembershipJson of(GroupMembership membership) {
            return new MembershipJson(
                    MemberRef.of(membership.getMember()),
                    membership.getRole().name(),
                    membership.getStatus().name(),
                    membership.getCreatedAt());
        }
    }

    /**
     * An invitation not yet answered: to a member ({@code member}) or to an e-mail address
     * ({@code email}, with when it lapses), never both, so that an invitation by address never shows
     * whose address it is.
     */
    public record InvitationJson(
            MemberRef member, String email, String role, String status, Instant since, Instant expiresAt) {
        static InvitationJson of(GroupMembership membership) {
            return new InvitationJson(
                    MemberRef.of(membership.getMember()),
                    null,
                    membership.getRole().name(),
                    membership.getStatus().name(),
                    membership.getCreatedAt(),
                    null);
        }

        static InvitationJson of(EmailInvitation invitation) {
            return new InvitationJson(
                    null,
                    invitation.getEmail(),
                    GroupRole.MEMBER.name(),
                    MembershipStatus.INVITED.name(),
                    invitation.getCreatedAt(),
                    invitation.getExpiresAt());
        }
    }

    @Operation(
            operationId = "listGroups",
            summary = "The groups the caller may read or is invited to, with their membership")
    @GET
    public List<GroupJson> list() {
        return groups.listGroups(current.viewer()).stream()
                .map(summary -> GroupJson.of(summary.group(), summary.memberCount(), summary.mine()))
                .toList();
    }

    @Operation(operationId = "createGroup", summary = "Create a group; the caller becomes its owner")
    @POST
    public Response create(NewGroupBody body, @Context UriInfo uri) {
        NewGroupBody request = Bodies.required(body);
        GroupAccess created = groups.createGroup(
                current.viewer(),
                new GroupService.NewGroup(
                        request.name(), request.description(), request.visibility(), request.joinPolicy()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.group().getSlug())
                        .build())
                .entity(GroupJson.of(created.group(), 1L, created.membership()))
                .build();
    }

    @Operation(operationId = "getGroup", summary = "A group the caller may read, or is invited to")
    @GET
    @Path("{slug}")
    public GroupJson get(@PathParam("slug") String slug) {
        GroupAccess access = groups.findGroupOrInvitation(current.viewer(), slug);
        return GroupJson.of(access.group(), null, access.membership());
    }

    @Operation(
            operationId = "changeGroup",
            summary =
                    "Change a group's name, description, visibility or join policy, or archive or restore it (owners)")
    @PATCH
    @Path("{slug}")
    public GroupJson change(@PathParam("slug") String slug, GroupPatch body) {
        GroupPatch patch = Bodies.required(body);
        GroupAccess access = null;
        if (patch.name() != null
                || patch.description() != null
                || patch.visibility() != null
                || patch.joinPolicy() != null) {
            access = groups.changeGroup(
                    current.viewer(),
                    slug,
                    new GroupService.GroupChange(
                            patch.name(), patch.description(), patch.visibility(), patch.joinPolicy()));
        }
        if (patch.archived() != null) {
            access = groups.archiveGroup(current.viewer(), slug, patch.archived());
        }
        if (access == null) {
            access = groups.changeGroup(current.viewer(), slug, new GroupService.GroupChange(null, null, null, null));
        }
        return GroupJson.of(access.group(), null, access.membership());
    }

    @Operation(operationId = "listGroupMembers", summary = "A group's members (and, for its moderators, pending ones)")
    @GET
    @Path("{slug}/members")
    public List<MembershipJson> members(@PathParam("slug") String slug) {
        return groups.listMemberships(current.viewer(), slug).stream()
                .map(MembershipJson::of)
                .toList();
    }

    /**
     * With {@code email}: 202 and the invitation by address, the same whether or not anyone has the
     * address (so the answer cannot be used to find out who has an account).
     */
    @Operation(
            operationId = "joinOrInvite",
            summary = "Join (or ask to join, or accept an invitation); with memberId, invite that member; with"
                    + " email, invite that address (202, the same whether or not it has an account)")
    @POST
    @Path("{slug}/members")
    public Response join(@PathParam("slug") String slug, JoinBody body) {
        if (body != null && body.email() != null) {
            if (body.memberId() != null) {
                throw new InvalidInputException("email", "give memberId or email, not both");
            }
            EmailInvitation invitation = groups.inviteByEmail(current.viewer(), slug, body.email());
            return Response.accepted(InvitationJson.of(invitation)).build();
        }
        GroupMembership membership;
        if (body != null && body.memberId() != null && !current.viewer().is(body.memberId())) {
            membership = groups.inviteMember(current.viewer(), slug, body.memberId());
        } else {
            membership = groups.joinGroup(current.viewer(), slug);
        }
        return Response.ok(MembershipJson.of(membership)).build();
    }

    @Operation(operationId = "updateMembership", summary = "Approve a request to join, or change a member's role")
    @PUT
    @Path("{slug}/members/{memberId}")
    public MembershipJson update(
            @PathParam("slug") String slug, @PathParam("memberId") long memberId, MembershipBody body) {
        MembershipBody request = Bodies.required(body);
        return MembershipJson.of(groups.updateMembership(
                current.viewer(),
                slug,
                memberId,
                new GroupService.MembershipChange(Boolean.TRUE.equals(request.approve()), request.role())));
    }

    /** A member leaves, declines an invitation or withdraws a request ("me"), or a moderator removes someone. */
    @Operation(
            operationId = "removeMembership",
            summary = "Leave, decline an invitation or withdraw a request (\"me\"), or remove a member")
    @DELETE
    @Path("{slug}/members/{memberId}")
    public Response remove(@PathParam("slug") String slug, @PathParam("memberId") String memberId) {
        groups.removeMembership(current.viewer(), slug, memberIdOrMe(memberId));
        return Response.noContent().build();
    }

    @Operation(
            operationId = "listInvitations",
            summary = "Invitations not yet answered, to members and then to e-mail addresses, for the group's"
                    + " owners and moderators")
    @GET
    @Path("{slug}/invitations")
    public List<InvitationJson> invitations(@PathParam("slug") String slug) {
        return Stream.concat(
                        groups.listInvitations(current.viewer(), slug).stream().map(InvitationJson::of),
                        groups.listEmailInvitations(current.viewer(), slug).stream()
                                .map(InvitationJson::of))
                .toList();
    }

    @Operation(
            operationId = "cancelEmailInvitation",
            summary = "Withdraw an invitation to an e-mail address (?address=) not yet answered")
    @DELETE
    @Path("{slug}/invitations/email")
    public Response cancelEmailInvitation(@PathParam("slug") String slug, @QueryParam("address") String address) {
        groups.cancelEmailInvitation(current.viewer(), slug, address);
        return Response.noContent().build();
    }

    @Operation(operationId = "cancelInvitation", summary = "Withdraw an invitation not yet answered")
    @DELETE
    @Path("{slug}/invitations/{memberId}")
    public Response cancelInvitation(@PathParam("slug") String slug, @PathParam("memberId") long memberId) {
        groups.cancelInvitation(current.viewer(), slug, memberId);
        return Response.noContent().build();
    }

    private long memberIdOrMe(String memberId) {
        if ("me".equals(memberId)) {
            if (!current.viewer().signedIn()) {
                throw new ForbiddenException("sign in first");
            }
            return current.viewer().memberId();
        }
        try {
            return Long.parseLong(memberId);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Membership");
        }
    }
}
